#!/usr/bin/env python3
"""Reads an .ics file with the `icalendar` and `recurring-ical-events` libraries (as calendar
programs would) and prints every occurrence in a date range, after basic RFC 5545 checks.
Exit status 1 when a check fails. `./check.sh` makes the virtual environment the tests use:

  python3 -m venv target/venv && target/venv/bin/pip install icalendar recurring-ical-events
  target/venv/bin/python tests/tools/check_ics.py FILE.ics [FROM YYYY-MM-DD] [TO YYYY-MM-DD]
"""
import datetime, sys
import icalendar, recurring_ical_events

path = sys.argv[1]
start = datetime.date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else datetime.date.today()
end = datetime.date.fromisoformat(sys.argv[3]) if len(sys.argv) > 3 else start + datetime.timedelta(days=366)
raw = open(path, "rb").read()
problems = []
lines = raw.split(b"\r\n")
if b"\n" in raw.replace(b"\r\n", b""):
    problems.append("some lines end in a bare LF (RFC 5545 wants CRLF)")
problems += [f"line {i + 1} is {len(l)} octets (fold at 75)" for i, l in enumerate(lines) if len(l) > 75][:5]
cal = icalendar.Calendar.from_ical(raw)
if str(cal.get("VERSION")) != "2.0": problems.append("VERSION is not 2.0")
if not cal.get("PRODID"): problems.append("no PRODID")
for c in cal.walk():
    if getattr(c, "errors", None): problems.append(f"{c.name}: {c.errors}")
events = cal.walk("VEVENT")
uids = [str(e.get("UID")) for e in events]
if len(set(uids)) != len(uids): problems.append("UIDs are not unique")
for e in events:
    missing = {"UID", "DTSTAMP", "DTSTART"} - set(e)
    if missing: problems.append(f"event {e.get('SUMMARY')} lacks {sorted(missing)}")
for o in sorted(recurring_ical_events.of(cal).between(start, end), key=lambda o: str(o["DTSTART"].dt)):
    print(o["DTSTART"].dt, o.get("SUMMARY"))
print(f"{len(events)} events; problems: {len(problems)}")
for p in problems: print("  -", p)
sys.exit(1 if problems else 0)
