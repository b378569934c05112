"""The doctor's consultation workspace: notes, coded diagnoses, the prescription, and a local draft."""
