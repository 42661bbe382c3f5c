"""ABCP programs (METHODOLOGY §7, seed 003 No. 2): pure Python and numpy, no Qt.

A fully supported program's guideline follows its sponsor (weak link); a program with
internal credit enhancement — or a partially supported one — is tested by the large-numbers
stress of the population's monthly history: base case, stress per target short-term rating,
required subordination by part, pass/fail against the program's own, and the caps (sponsor,
originator, country ceiling).
"""
