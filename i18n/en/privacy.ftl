# Privacy: erasing a person for good, the workspace's passphrase.

action-passphrase = Passphrase…
document-refused-read-only = Not done: this workspace is read-only: { $reason }.
document-refused-changed = Not done: someone else changed the file since it was opened. Save or reload first (File → Save shows their version).
erase-refused-missing = That person is no longer in the workspace.
erase-refused-shared = Not done: another person has the same id, so Kindred cannot tell which of them to erase.

erase-title = Erase { $name } for good?
erase-what-goes = Everything Kindred holds about them goes: the profile, family, milestones, needs and fit, critical incidents, ideas, the contact log and their places on every board.
erase-no-undo = This cannot be undone: the undo history is cleared (it would hold them) and the workspace is saved at once.
erase-from-backups = Also erase them from the backups beside the workspace
erase-mentions-before = { $count ->
    [one] Their name or e-mail address is mentioned once elsewhere; that text is someone else's and stays until you change it:
   *[other] Their name or e-mail address is mentioned { $count } times elsewhere; that text is someone else's and stays until you change it:
}
erase-confirm = Erase for good
erase-working = Saving the workspace without them…
erase-done-title = { $name } is erased
erase-gone-heading = Gone from:
erase-gone-workspace = the workspace open in Kindred, and its undo history
erase-gone-file = the workspace file on disk
erase-gone-backups = { $count ->
    [one] one backup
   *[other] { $count } backups
}
erase-remains-heading = Still there:
erase-remains-not-saved = the workspace file on disk: it could not be saved ({ $error }); save again to erase them from it
erase-remains-backups = { $count ->
    [one] the backup beside the workspace, until five more saves replace it
   *[other] the { $count } backups beside the workspace, until five more saves replace them
}
erase-remains-failed = { $path }: not rewritten ({ $reason }); delete it if it matters
erase-remains-copy = { $path }: another copy of the workspace in its folder, not touched
erase-remains-mentions = { $count ->
    [one] one mention in others' records (below)
   *[other] { $count } mentions in others' records (below)
}
erase-remains-outside = files exported earlier (CSV, vCard, calendars, handouts) and copies Kindred cannot reach: other computers, a sync service's history, e-mail
erase-mention-person = { $name }, { $field }
erase-mention-card = a card on { $map }
erase-field-family = family
erase-field-what-matters = what matters
erase-field-proud-of = proud of
erase-field-preferences = preferences
erase-field-notes = notes
erase-field-status-reason = status reason
erase-field-purpose = why we keep this
erase-field-needs = needs
erase-field-fit-reason = fit decision
erase-field-incident = a critical incident
erase-field-idea = an idea
erase-field-interaction = the contact log
erase-field-follow-up = the follow-ups
erase-field-milestone = a milestone

passphrase-title = Passphrase
passphrase-is-plain = This workspace is not encrypted.
passphrase-is-encrypted = This workspace is encrypted with a passphrase.
passphrase-explained = An encrypted workspace, its backups and its recovery file can only be opened with the passphrase. The file is in the age format, so the standard age tool (age -d) decrypts it too.
passphrase-forget-warning = If the passphrase is forgotten, no one can open the workspace again. Keep it somewhere safe.
passphrase-new = New passphrase
passphrase-repeat = Repeat it
passphrase-encrypt = Encrypt
passphrase-change = Change passphrase
passphrase-remove = Stop encrypting
passphrase-too-short = A passphrase has at least { $chars } characters.
passphrase-mismatch = The two passphrases differ.
passphrase-working = Saving the workspace and rewriting its backups…
passphrase-done-encrypted = The workspace is saved encrypted.
passphrase-done-plain = The workspace is saved without encryption.
passphrase-done-backups = { $count ->
    [one] One backup was rewritten to match.
   *[other] { $count } backups were rewritten to match.
}
passphrase-backup-failed = { $path }: not rewritten ({ $reason })
passphrase-not-opened = The workspace was not opened: it is encrypted, and no passphrase was given.

unlock-title = { $file } is encrypted
unlock-explained = Type its passphrase to open it. Nothing is written until it opens.
unlock-passphrase = Passphrase
unlock-open = Open
