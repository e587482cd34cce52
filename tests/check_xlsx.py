#!/usr/bin/python3
# check_xlsx.py
#
# Copyright 2026 Gemeente Dordrecht
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Reads a council workbook back with openpyxl and checks it against the plan document
("Uitvoeringsplan ondermijning 2023-2024", sections 6-8, and DESIGN.md), independently of the
C code that wrote it.

Usage: check_xlsx.py WORKBOOK.xlsx --year YEAR [--forbid TEXT]...

--forbid names a text (personal data of a case) that must appear in no part of the file.

Exit status: 0 when every check passes, 1 when one fails (each failure is printed), 77 when
openpyxl is not installed (a skipped test).
"""

import argparse
import sys
import zipfile
import xml.etree.ElementTree as ET

try:
    import openpyxl
except ImportError:
    print("openpyxl is not installed", file=sys.stderr)
    sys.exit(77)

# Section 6 of the plan: kostenpost, 2023, 2024 (whole euros).
BUDGET = [
    ("Veiligheidsinformatieknooppunt (VIK)", 17000, 17000),
    ("Meld Misdaad Anoniem (MMA)", 1500, 1500),
    ("BIBOB trainingen", 7500, 7500),
    ("C3 systeem i.h.k.v. casusoverleg ondermijning", 30000, 30000),
    ("Inzet bestuurlijke maatregelen", 10000, 10000),
    ("Inzet Digitale Opsporing BV", 1500, 1500),
    ("Integrale controles", 2000, 2000),
    ("Opstellen strategisch communicatieplan + contentkalender", 10000, 0),
    ("Inzet communicatiemedewerker", 40000, 0),
    ("Uitvoering acties uit communicatieplan + contentkalender", 40000, 40000),
    ("Uitvoering maatregelen project bedrijventerrein + watergebonden locaties", 17500, 15000),
    ("Inzet OZHZ project Hermes (gedoogbeschikking + handhaving)", 30000, 35000),
    ("Uitvoering maatregelen project vakantiepark", 12500, 10000),
    ("Onvoorziene kosten", 25500, 15500),
]
# Section 6: the funding (taakveld 1.2 both years, the RIEC's 65.000 in 2023) and the stated
# totals ("Totaal € 250.000* € 185.000").
FUNDING_TOTAL = {2023: 250000, 2024: 185000}
STATED_TOTAL = {2023: 250000, 2024: 185000}

# Section 8, the interventie menukaart (DESIGN.md's reading): a few rows in full.
MENUKAART_ROWS = {
    "BRP controle": "G",
    "Controle Kadaster/KVK/RDW": "GPOS",
    "Milieucontrole": "O",
    "Knock and talk": "GP",
    "Telefoontaps": "P",
    "Controle op uitkering": "S",
}
MENUKAART_POSTERS = "Aanplakken van posters"      # the row starts with this; OZHZ only
MENUKAART_COLUMNS = ["Gemeente", "Politie", "OZHZ", "SDD"]
# How many interventions each partner can carry out (counted from the whole matrix).
MENUKAART_COUNTS = {"Gemeente": 23, "Politie": 22, "OZHZ": 18, "SDD": 15}
MENUKAART_ROWS_TOTAL = 47

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def rows_of(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def find_row(rows, label, start=1):
    """Index of the first row at or after @start whose column A starts with @label."""
    for i in range(start, len(rows)):
        value = rows[i][0]
        if isinstance(value, str) and value.startswith(label):
            return i
    return None


def near(a, b):
    return isinstance(a, (int, float)) and abs(a - b) < 0.005


def check_frozen_and_filter(ws, last_col, n_rows):
    check(ws.freeze_panes == "A2",
          f"{ws.title}: the header row is not frozen (freeze_panes {ws.freeze_panes!r})")
    expected = f"A1:{last_col}{n_rows + 1}"
    check(ws.auto_filter.ref == expected,
          f"{ws.title}: autofilter {ws.auto_filter.ref!r}, expected {expected!r}")


def check_print_setup(ws):
    check(ws.page_setup.orientation == "landscape", f"{ws.title}: not landscape")
    check(ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage,
          f"{ws.title}: not fitted to the page")
    check(ws.page_setup.fitToWidth in (1, "1", None) and ws.page_setup.fitToHeight in (0, "0"),
          f"{ws.title}: not 1 page wide (fitToWidth {ws.page_setup.fitToWidth!r}, "
          f"fitToHeight {ws.page_setup.fitToHeight!r})")
    titles = (ws.print_title_rows or "").replace("$", "")
    check(titles == "1:1", f"{ws.title}: header row not repeated on print ({titles!r})")


def check_header_bold(ws, n_cols):
    for cell in next(ws.iter_rows(min_row=1, max_row=1, max_col=n_cols)):
        check(cell.font is not None and cell.font.b,
              f"{ws.title}: header {cell.coordinate} is not bold")


def check_widths(ws, n_cols):
    for col in range(1, n_cols + 1):
        letter = openpyxl.utils.get_column_letter(col)
        dim = ws.column_dimensions.get(letter)
        width = dim.width if dim is not None else None
        check(width is not None and 4 <= width <= 62,
              f"{ws.title}: column {letter} has no computed width ({width!r})")


def check_planning(ws):
    rows = rows_of(ws)
    header = ["Jaar", "Periode", "Wat", "Wie", "Thema", "Status", "Doel"]
    check(rows and rows[0][:7] == header, f"Planning: header {rows[0] if rows else None!r}")
    data = rows[1:]
    check(len(data) == 34, f"Planning: {len(data)} rows, expected 34")
    years = [r[0] for r in data]
    check(years.count(2023) == 26, f"Planning: {years.count(2023)} rows of 2023, expected 26")
    check(years.count(2024) == 8, f"Planning: {years.count(2024)} rows of 2024, expected 8")
    check(years == sorted(years), "Planning: the years are not in plan order")
    ntb = [r for r in data if isinstance(r[2], str) and r[2].startswith("N.t.b")]
    check(len(ntb) == 2, f"Planning: {len(ntb)} N.t.b. rows, expected 2")
    check(sorted(r[1] for r in ntb) == ["Q2", "Q3"] and all(r[0] == 2024 for r in ntb),
          f"Planning: the N.t.b. rows are {[(r[0], r[1]) for r in ntb]!r}, expected 2024 Q2, Q3")
    if data:
        check(data[0][:4] == [2023, "Q1", "Opstellen uitvoeringsplan ondermijning",
                              "Regiegroep ondermijning"],
              f"Planning: first row {data[0][:4]!r}")
        check(all(isinstance(r[5], str) and r[5] for r in data),
              "Planning: a row has no status")
    controls = [r for r in data
                if isinstance(r[2], str) and r[2].startswith("10 integrale controles")]
    check(len(controls) == 2,
          f"Planning: {len(controls)} rows of 10 integrale controles, expected 2")
    for r in controls:
        check(isinstance(r[6], str) and "10" in r[6],
              f"Planning: the target of 10 integrale controles is {r[6]!r}")
    # The long "Wat" texts wrap in a capped column.
    long_cell = None
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=3):
        if isinstance(row[0].value, str) and len(row[0].value) > 100:
            long_cell = row[0]
            break
    if check(long_cell is not None, "Planning: no long Wat text found"):
        check(long_cell.alignment.wrap_text, "Planning: long Wat text does not wrap")
        width = ws.column_dimensions["C"].width
        check(width is not None and 40 <= width <= 62, f"Planning: Wat column width {width!r}")
    check_frozen_and_filter(ws, "G", len(data))
    check_header_bold(ws, 7)
    check_widths(ws, 7)
    check_print_setup(ws)


def check_budget(ws, ws_values):
    rows = rows_of(ws)
    values = rows_of(ws_values)
    check(rows and rows[0][:4] == ["Kostenpost", "Grootboek", "2023", "2024"],
          f"Begroting: header {rows[0] if rows else None!r}")
    lines = rows[1:1 + len(BUDGET)]
    for i, (name, a2023, a2024) in enumerate(BUDGET):
        if not check(i < len(lines), f"Begroting: line {name!r} missing"):
            continue
        row = lines[i]
        check(row[0] == name, f"Begroting: line {i + 1} is {row[0]!r}, expected {name!r}")
        check(near(row[2], a2023) and near(row[3], a2024),
              f"Begroting: {name}: {row[2]!r} / {row[3]!r}, expected {a2023} / {a2024}")
        cell = ws.cell(row=i + 2, column=3)
        check("€" in (cell.number_format or ""),
              f"Begroting: {cell.coordinate} has no euro format ({cell.number_format!r})")

    def formula_row(label, expected, start=1, function=None):
        i = find_row(rows, label, start)
        if not check(i is not None, f"Begroting: no row {label!r}"):
            return None
        for col, year in ((2, 2023), (3, 2024)):
            formula = rows[i][col]
            check(isinstance(formula, str) and formula.startswith("="),
                  f"Begroting: {label} {year} is not a formula ({formula!r})")
            if function and isinstance(formula, str):
                check(formula.startswith("=" + function + "("),
                      f"Begroting: {label} {year} is {formula!r}, expected ={function}(...)")
            check(near(values[i][col], expected[year]),
                  f"Begroting: {label} {year} computes {values[i][col]!r}, "
                  f"expected {expected[year]}")
        return i

    lines_total = formula_row("Totaal kostenposten", {2023: 245000, 2024: 185000}, 1, "SUM")
    if lines_total is not None:
        check(lines_total == 1 + len(BUDGET),
              f"Begroting: the lines total is on row {lines_total + 1}, not right below the lines")
    funding_total = formula_row("Totaal dekking", FUNDING_TOTAL, 1, "SUM")
    i = find_row(rows, "Taakveld 1.2")
    if check(i is not None, "Begroting: no funding row Taakveld 1.2"):
        check(near(values[i][2], 185000) and near(values[i][3], 185000),
              f"Begroting: Taakveld 1.2 {values[i][2:4]!r}")
    i = find_row(rows, "RIEC")
    if check(i is not None, "Begroting: no funding row of the RIEC"):
        check(near(values[i][2], 65000) and values[i][3] in (None, 0),
              f"Begroting: RIEC {values[i][2:4]!r}")
    i = find_row(rows, "Totaal volgens plan")
    if check(i is not None, "Begroting: no row Totaal volgens plan"):
        check(near(values[i][2], STATED_TOTAL[2023]) and near(values[i][3], STATED_TOTAL[2024]),
              f"Begroting: stated totals {values[i][2:4]!r}")
    diff_funding = formula_row("Verschil kostenposten - dekking", {2023: -5000, 2024: 0})
    diff_stated = formula_row("Verschil kostenposten - totaal volgens plan", {2023: -5000, 2024: 0})
    if diff_funding is not None and lines_total is not None and funding_total is not None:
        formula = rows[diff_funding][2] or ""
        check(f"C{lines_total + 1}" in formula and f"C{funding_total + 1}" in formula,
              f"Begroting: the difference {formula!r} does not refer to the two totals")
    if diff_stated is not None and lines_total is not None:
        formula = rows[diff_stated][2] or ""
        check(f"C{lines_total + 1}" in formula,
              f"Begroting: the difference {formula!r} does not refer to the lines total")
    check_frozen_and_filter(ws, "D", len(BUDGET))
    check_header_bold(ws, 4)
    check_widths(ws, 4)
    check_print_setup(ws)


def check_menukaart(ws):
    rows = rows_of(ws)
    header = ["Interventie"] + MENUKAART_COLUMNS
    check(rows and rows[0] == header, f"Menukaart: header {rows[0] if rows else None!r}")
    data = rows[1:]
    check(len(data) == MENUKAART_ROWS_TOTAL,
          f"Menukaart: {len(data)} rows, expected {MENUKAART_ROWS_TOTAL}")
    by_name = {r[0]: r for r in data}
    letters = "GPOS"

    def marks(row):
        return "".join(letters[i] for i in range(4) if row[1 + i] == "x")

    for name, expected in MENUKAART_ROWS.items():
        if check(name in by_name, f"Menukaart: no row {name!r}"):
            check(marks(by_name[name]) == expected,
                  f"Menukaart: {name}: {marks(by_name[name])!r}, expected {expected!r}")
    posters = [r for r in data if isinstance(r[0], str) and r[0].startswith(MENUKAART_POSTERS)]
    if check(len(posters) == 1, f"Menukaart: {len(posters)} rows {MENUKAART_POSTERS!r}"):
        check(marks(posters[0]) == "O", f"Menukaart: posters: {marks(posters[0])!r}, expected 'O'")
    for i, column in enumerate(MENUKAART_COLUMNS):
        count = sum(1 for r in data if r[1 + i] == "x")
        check(count == MENUKAART_COUNTS[column],
              f"Menukaart: {column} has {count} interventions, expected {MENUKAART_COUNTS[column]}")
    check(all(v in (None, "x") for r in data for v in r[1:]),
          "Menukaart: a matrix cell holds something else than 'x'")
    check_frozen_and_filter(ws, "E", len(data))
    check_header_bold(ws, 5)
    check_widths(ws, 5)
    check_print_setup(ws)


def check_properties(path, wb, year):
    title = wb.properties.title or ""
    check("Uitvoeringsplan ondermijning 2023-2024" in title and f"rapportage {year}" in title,
          f"document title {title!r}, expected the plan and 'rapportage {year}'")
    check(bool(wb.properties.creator), "document has no author")
    check(wb.properties.created is not None, "document has no creation date")
    with zipfile.ZipFile(path) as z:
        app = ET.fromstring(z.read("docProps/app.xml"))
    ns = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
    company = app.find(ns + "Company")
    check(company is not None and company.text == "Gemeente Dordrecht",
          f"document company {company.text if company is not None else None!r}")


def check_forbidden(path, forbidden):
    """No part of the file (sheets, shared strings, properties) holds any of @forbidden."""
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            text = z.read(name).decode("utf-8", errors="replace")
            for word in forbidden:
                check(word not in text, f"{name} contains the personal data {word!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("workbook")
    parser.add_argument("--year", type=int, required=True, help="the reporting year of the title")
    parser.add_argument("--forbid", action="append", default=[],
                        help="a text that must appear nowhere in the workbook")
    args = parser.parse_args()

    wb = openpyxl.load_workbook(args.workbook)                  # formulas as written
    wb_values = openpyxl.load_workbook(args.workbook, data_only=True)  # their cached values

    check(wb.sheetnames == ["Monitoring", "Planning", "Begroting", "Menukaart", "Casussen"], f"sheets {wb.sheetnames!r}")
    if "Planning" in wb.sheetnames:
        check_planning(wb["Planning"])
    if "Begroting" in wb.sheetnames:
        check_budget(wb["Begroting"], wb_values["Begroting"])
    if "Menukaart" in wb.sheetnames:
        check_menukaart(wb["Menukaart"])
    check_properties(args.workbook, wb, args.year)
    check_forbidden(args.workbook, args.forbid)

    for failure in failures:
        print("FAIL:", failure)
    if failures:
        return 1
    print("workbook OK:", args.workbook)
    return 0


if __name__ == "__main__":
    sys.exit(main())
