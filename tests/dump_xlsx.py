#!/usr/bin/python3
# dump_xlsx.py
#
# Copyright 2026 Gemeente Dordrecht
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Reads the first sheet of a workbook with openpyxl and prints what a test checks, one fact
a line, for a C test to compare with what it expects (test-xlsx-table.c,
test-list-export-gui.c). Nothing here knows what the workbook should hold.

Usage: dump_xlsx.py WORKBOOK.xlsx

Lines, fields separated by a tab; texts escaped as in a JSON string (\\n, \\t, \\", \\\\):

  sheets      N
  sheet       NAME
  max         ROWS COLUMNS
  freeze      CELL            (e.g. A4; "" when nothing is frozen)
  filter      RANGE           (e.g. A3:E6)
  titles      ROWS            (the rows repeated on every printed page, e.g. 3:3)
  orientation landscape|portrait
  paper       N               (9 is A4)
  fit         FIT_TO_PAGE WIDTH HEIGHT
  width       COLUMN WIDTH    (per column with a width set)
  prop        NAME VALUE      (title, subject, creator, description, created)
  custom      NAME VALUE      (the custom document properties, from docProps/custom.xml)
  cell        CELL TYPE VALUE NUMBER_FORMAT BOLD WRAP
              TYPE: text, date (VALUE YYYY-MM-DD), int, float, bool, empty

Exit status: 0, or 77 when openpyxl is not installed (a skipped test).
"""

import datetime
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

try:
    import openpyxl
    from openpyxl.utils import get_column_letter
except ImportError:
    print("openpyxl is not installed", file=sys.stderr)
    sys.exit(77)


def text(value):
    return json.dumps("" if value is None else str(value), ensure_ascii=False)[1:-1]


def out(*fields):
    print("\t".join(text(f) for f in fields))


def cell_fields(cell):
    value = cell.value
    if value is None:
        kind, shown = "empty", ""
    elif isinstance(value, bool):
        kind, shown = "bool", "1" if value else "0"
    elif isinstance(value, datetime.datetime):
        kind, shown = "date", value.date().isoformat()
    elif isinstance(value, datetime.date):
        kind, shown = "date", value.isoformat()
    elif isinstance(value, int):
        kind, shown = "int", str(value)
    elif isinstance(value, float):
        kind, shown = ("int", str(int(value))) if value.is_integer() else ("float", repr(value))
    else:
        kind, shown = "text", value
    bold = "1" if cell.font is not None and cell.font.b else "0"
    wrap = "1" if cell.alignment is not None and cell.alignment.wrap_text else "0"
    return kind, shown, cell.number_format, bold, wrap


def custom_properties(path):
    ns = {"c": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"}
    with zipfile.ZipFile(path) as z:
        if "docProps/custom.xml" not in z.namelist():
            return []
        root = ET.fromstring(z.read("docProps/custom.xml"))
    found = []
    for prop in root.findall("c:property", ns):
        value = prop[0].text if len(prop) > 0 else ""
        found.append((prop.get("name"), value))
    return found


def main():
    path = sys.argv[1]
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]

    out("sheets", len(wb.worksheets))
    out("sheet", ws.title)
    out("max", ws.max_row, ws.max_column)
    out("freeze", ws.freeze_panes or "")
    out("filter", ws.auto_filter.ref or "")
    out("titles", (ws.print_title_rows or "").replace("$", ""))
    out("orientation", ws.page_setup.orientation or "")
    out("paper", ws.page_setup.paperSize or "")
    fit = ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
    out("fit", "1" if fit else "0", ws.page_setup.fitToWidth, ws.page_setup.fitToHeight)
    for letter, dimension in sorted(ws.column_dimensions.items()):
        if dimension.width:
            # A range of columns (min..max) shares one width.
            for index in range(dimension.min or 1, (dimension.max or dimension.min or 1) + 1):
                out("width", get_column_letter(index), "%g" % dimension.width)

    props = wb.properties
    out("prop", "title", props.title)
    out("prop", "subject", props.subject)
    out("prop", "creator", props.creator)
    out("prop", "description", props.description)
    out("prop", "created", props.created.isoformat() if props.created else "")
    for name, value in custom_properties(path):
        out("custom", name, value)

    for row in ws.iter_rows():
        for cell in row:
            out("cell", cell.coordinate, *cell_fields(cell))
    return 0


if __name__ == "__main__":
    sys.exit(main())
