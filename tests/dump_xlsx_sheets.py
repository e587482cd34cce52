#!/usr/bin/python3
# dump_xlsx_sheets.py
#
# Copyright 2026 Gemeente Dordrecht
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Reads every sheet of a workbook with openpyxl and prints what test-report-xlsx.c checks,
one fact a line, fields separated by a tab (texts with \\t, \\n and \\\\ escaped). Nothing here
knows what the workbook should hold.

Usage: dump_xlsx_sheets.py WORKBOOK.xlsx
       dump_xlsx_sheets.py --unzip WORKBOOK.xlsx   (every member of the zip, decompressed)

  sheets  NAME...
  freeze  SHEET CELL
  filter  SHEET RANGE
  titles  SHEET ROWS
  page    SHEET ORIENTATION PAPER FIT_TO_PAGE FIT_WIDTH FIT_HEIGHT
  prop    NAME VALUE          (title, creator, created)
  cell    SHEET CELL VALUE FORMULA NUMBER_FORMAT BOLD
          VALUE: the value a reader shows (a formula's cached value); FORMULA: "" for none

Exit status: 0, or 77 when openpyxl is not installed (a skipped test).
"""

import sys
import zipfile

try:
    import openpyxl
except ImportError:
    print("openpyxl is not installed", file=sys.stderr)
    sys.exit(77)


def text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def out(*fields):
    print("\t".join(text(f) for f in fields))


def main():
    if sys.argv[1] == "--unzip":
        with zipfile.ZipFile(sys.argv[2]) as archive:
            for member in archive.namelist():
                print("member", member)
                sys.stdout.write(archive.read(member).decode("utf-8", "replace"))
                print()
        return 0
    path = sys.argv[1]
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    out("sheets", *formulas.sheetnames)
    props = formulas.properties
    out("prop", "title", props.title)
    out("prop", "creator", props.creator)
    out("prop", "created", props.created.isoformat() if props.created else "")
    for name in formulas.sheetnames:
        ws = formulas[name]
        shown = values[name]
        out("freeze", name, ws.freeze_panes)
        out("filter", name, ws.auto_filter.ref)
        out("titles", name, ws.print_title_rows)
        fit = ws.sheet_properties.pageSetUpPr
        setup = ws.page_setup
        # An absent fitToWidth or fitToHeight is 1, the OOXML default.
        out("page", name, setup.orientation, setup.paperSize,
            "1" if fit is not None and fit.fitToPage else "0",
            1 if setup.fitToWidth is None else setup.fitToWidth,
            1 if setup.fitToHeight is None else setup.fitToHeight)
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                formula = cell.value if cell.data_type == "f" else ""
                out("cell", name, cell.coordinate, shown[cell.coordinate].value, formula,
                    cell.number_format, "1" if cell.font.b else "0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
