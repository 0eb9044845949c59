#!/usr/bin/env python3
"""Check that LibreOffice opens Chronicle's Excel CSV as a user would see it.

Usage: Tools/check-excel.py CSV_FILE XLSX_FILE
The XLSX is what `soffice --headless --convert-to xlsx` made of the CSV. Fails when the row count
differs, when an accented letter was mangled, or when any cell became a formula (the CSV's formula
guard must keep `=`, `+`, `-`, `@` cells as text).
"""
import csv
import sys

import openpyxl

csv_path, xlsx_path = sys.argv[1], sys.argv[2]
with open(csv_path, encoding="utf-8-sig", newline="") as handle:
    expected = list(csv.reader(handle))
sheet = openpyxl.load_workbook(xlsx_path).active
rows = list(sheet.iter_rows())
if len(rows) != len(expected):
    print(f"check-excel: FAIL {len(rows)} rows in the workbook, {len(expected)} in the CSV")
    sys.exit(1)
for row in rows:
    for cell in row:
        if cell.data_type == "f":
            print(f"check-excel: FAIL cell {cell.coordinate} became a formula: {cell.value!r}")
            sys.exit(1)
accented = {c for r in expected for c in "".join(r) if ord(c) > 127}
seen = {c for row in rows for cell in row if isinstance(cell.value, str) for c in cell.value if ord(c) > 127}
if not accented <= seen:
    print(f"check-excel: FAIL characters lost: {''.join(sorted(accented - seen))}")
    sys.exit(1)
print(f"check-excel: ok {xlsx_path}: {len(rows)} rows, {len(accented)} distinct non-ASCII characters kept, no formulas")
