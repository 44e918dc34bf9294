# Kindred's text: errors of files — opening, saving, locks, journey templates — and the
# exported calendar's words. Every key here exists in da/ and nb/ too.

## Reading a workspace file. Before each: the file's name, line and column ("shop.kindred:3:7: ").

error-file-empty = the file is empty
error-decode-version-zero = format version 0 does not exist; the first format is 1
error-decode-newer-unreadable = written by a newer Kindred (format { $version }; this version reads format { $reads }) and cannot be read by this version: { $detail }
error-decode-not-utf8 = this is not a Kindred workspace: the file is not UTF-8 text
error-decode-binary = this is not a Kindred workspace: the file holds binary data
error-decode-no-version = this is not a Kindred workspace: it has no `format_version`
error-decode-version-colon = `format_version` must be followed by `:` and a number
error-decode-version-number = `format_version` must be a whole number
# $detail: the file parser's own words, in English.
error-decode-syntax = { $detail }
error-decode-too-deep = values are nested deeper than a Kindred file ever nests them (128 levels)
error-decode-more-unknown = { $count ->
    [one] 1 more
   *[other] { $count } more
}

## Why a file opens read-only (after "Read-only: ")

error-read-only-newer = this file was written by a newer Kindred (format { $version }; this version reads format { $reads }); it is open read-only so that nothing in it is lost
error-read-only-unknown-fields = this file has fields Kindred does not know: { $fields }; it is open read-only so that they are not lost
error-read-only-duplicate-ids = { $more ->
    [0] { $first }; it is open read-only so that nothing is done to the wrong one
    [one] { $first }, and 1 more record shares an id with another; it is open read-only so that nothing is done to the wrong one
   *[other] { $first }, and { $more } more records share an id with another; it is open read-only so that nothing is done to the wrong one
}
error-read-only-duplicate-ids-masked = { $count ->
    [one] a record shares its id with another
   *[other] { $count } records share their id with another
}; it is open read-only so that nothing is done to the wrong one

## Ids held twice: where, by the number in its list and the name a person knows it by

ids-shared = { $first } and { $second } share the id { $id }
ids-no-name = no name
ids-place-person = person { $number } ({ $name })
ids-place-journey = journey map { $number } ({ $name })
ids-place-conflict = conflict { $number } ({ $name })
ids-place-relative = relative { $record } of person { $number } ({ $name })
ids-place-milestone = milestone { $record } of person { $number } ({ $name })
ids-place-incident = critical incident { $record } of person { $number } ({ $name })
ids-place-idea = idea { $record } of person { $number } ({ $name })
ids-place-interaction = log entry { $record } of person { $number } ({ $name })
ids-place-follow-up = follow-up { $record } of person { $number } ({ $name })
ids-place-phase = phase { $record } of journey map { $number } ({ $name })
ids-place-lane = lane { $record } of journey map { $number } ({ $name })
ids-place-card = card { $record } of journey map { $number } ({ $name })

## Files

error-open-unreadable = { $path }: cannot be read: { $error }
error-file-too-large = the file is larger than { $megabytes } MB
error-create-folder = { $path }: cannot create the folder: { $error }
# The name of the copy kept of someone else's version of a workspace; $time is 2026-11-22 14.05.00.
error-theirs-copy-name = { $name } (theirs { $time })

## What the system reports about a file ($code: the system's error number)

error-io-os = { $reason } (os error { $code })
error-io-not-found = the file or folder does not exist
error-io-permission-denied = permission denied
error-io-already-exists = the file already exists
error-io-storage-full = the disk is full
error-io-quota-exceeded = the disk quota is used up
error-io-read-only-filesystem = the disk is read-only
error-io-file-too-large = the file is too large for the disk
error-io-busy = the file is in use by another program
error-io-is-a-directory = that is a folder, not a file
error-io-not-a-directory = part of the path is not a folder
error-io-invalid-filename = the file name is not allowed here
error-io-timed-out = the disk did not answer in time

## Saving. $step is one of the steps below, $outcome one of the outcomes.

error-save-failed = { $path }: could not save: { $step } failed: { $error } ({ $outcome })
error-save-step-create = creating the temporary file
error-save-step-write = writing the temporary file
error-save-step-sync = flushing the temporary file to disk
error-save-step-backup = keeping the previous version as a backup
error-save-step-rename = replacing the file with the new version
error-save-step-sync-folder = flushing the folder to disk
error-save-unchanged = the file on disk is unchanged
error-save-not-durable = the new version is in place but may not survive a power cut
error-in-the-way = { $path } is in the way: it is not a file Kindred left there, so Kindred neither writes through it nor removes it; move it away and try again
error-save-refused = { $path }: not saved: { $reason } ({ $outcome })
error-save-too-large = the file would be { $size } MB, more than the { $most } MB Kindred can open again
error-save-too-large-photos = the file would be { $size } MB, more than the { $most } MB Kindred can open again; the largest photos are of { $photos }
error-save-photo = { $name } ({ $size } MB)

## The lock: who has a workspace open

error-lock-holder = { $user } on { $host } (process { $pid }) since { $since }
error-lock-since = { $date } { $time }
error-lock-someone = someone
error-lock-held = it is open in Kindred by { $holder }
error-lock-unknown-holder = an unknown program ({ $reason })
error-lock-cannot-write = its lock file cannot be written ({ $error })
error-lock-damaged = { $path }: the lock file is damaged ({ $error }); if no Kindred has this workspace open, on this computer or another, delete { $path } and open the workspace again
error-lock-cannot-take-over = { $path }: the lock of a program that is no longer running cannot be taken over safely here ({ $error }); if no Kindred has this workspace open, delete { $path } and open the workspace again
error-lock-keeps-changing = the lock file changed again and again while Kindred tried to take it; try again in a moment
error-lock-unreadable = { $path }: the lock file cannot be read ({ $error })
error-lock-is-link = it is a symbolic link, not a file

## Journey templates

error-template-at = line { $line }, column { $column }: { $message }
error-template-not-text = the file is not UTF-8 text
error-template-newer = this template was written by a newer Kindred (template format { $version }; this version reads format { $reads })
error-template-no-phases = the map has no phases
error-template-too-large = the template has more than { $most } phases, lanes and cards together; Kindred reads at most { $most }
error-workspace-too-large = the file is { $size } MB, larger than the { $most } MB a workspace can be
error-template-no-name = the map has no name
error-template-emotion = phase { $number } ({ $name }): the emotion score { $score } is outside −2 to +2
error-template-card-phase = card { $number } (“{ $text }”) is in phase { $phase }, but the map has { $count ->
    [one] 1 phase
   *[other] { $count } phases
}
error-template-card-lane = card { $number } (“{ $text }”) is in lane { $lane }, but the map has { $count ->
    [one] 1 lane
   *[other] { $count } lanes
}
error-template-card-emotions = card { $number } (“{ $text }”) is in the emotion lane, which holds no cards

## Edits that do not fit the workspace (rare: the data changed underneath)

error-edit-no-person = no person with id { $id }
error-edit-no-journey = no journey map with id { $id }
error-edit-duplicate-person = a person with id { $id } is already there
error-edit-duplicate-journey = a journey map with id { $id } is already there
error-edit-no-card = no card with id { $id } on this map
error-edit-no-phase = no phase with id { $id } on this map
error-edit-no-lane = no lane with id { $id } on this map
error-edit-not-card-lane = lane { $id } holds the emotion curve, not cards
error-edit-shared-person = two people have the id { $id }, so it cannot say which is meant
error-edit-shared-journey = two journey maps have the id { $id }, so it cannot say which is meant
error-edit-no-person-at = there is no person number { $number }
error-edit-no-journey-at = there is no journey map number { $number }
error-edit-no-place = the workspace no longer has the place this choice goes to ({ $place })

## Likely duplicates: one pair a line

error-duplicate-pair = { $first } · { $first_org }  and  { $second } · { $second_org } — { $reason }

## The exported calendar (.ics): the calendar's name and each event's title.
## $owner is a name made possessive ("Mette's"), $relation a relation word ("daughter").

error-ics-calendar-name = { $name }: milestones
error-ics-summary = { $name }: { $what }
error-ics-relative-birthday = { $relative } ({ $owner } { $relation }): birthday
error-ics-birthday = birthday
error-ics-wedding-anniversary = wedding anniversary
error-ics-work-anniversary = work anniversary
error-ics-customer-anniversary = customer anniversary
error-ics-family-birthday = a relative's birthday
error-ics-milestone = milestone
error-ics-year-unknown = The year is not known.
error-crypt-needs-passphrase = the workspace is encrypted: it needs its passphrase
error-crypt-wrong-passphrase = the passphrase does not open this workspace (the file is unchanged)
error-crypt-not-passphrase = the file is encrypted to keys, not with a passphrase; Kindred opens only passphrase-encrypted workspaces
error-crypt-too-hard = the passphrase's work factor is { $found }; Kindred opens files up to { $most }, to keep its memory bounded
error-crypt-damaged = the encrypted file is damaged or incomplete ({ $detail })
error-export-onto-source = { $path } is the workspace that is open; export to another file
error-export-onto-workspace = { $path } is a Kindred workspace; an export does not replace one, so choose another file
error-export-unreadable = { $path }: cannot tell whether it is the open workspace: { $error }
