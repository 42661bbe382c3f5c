"""The committee workbook in the window: export it, and import a scenario from an edited one."""
