"""Parts of the Pool tab: the import dialogs, the validation report model, the strat panel."""
