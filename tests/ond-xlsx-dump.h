/* ond-xlsx-dump.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A workbook as python3-openpyxl reads it (tests/dump_xlsx.py prints it, one fact a line),
 * for the tests of the exported lists (test-xlsx-table.c, test-list-export-gui.c) to compare
 * with what they expect. GLib only. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _XlsxDump XlsxDump;

/* Reads @path with dump_xlsx.py; NULL (the test marked skipped) when /usr/bin/python3 or
 * openpyxl is missing. Fails the test when the script fails. */
XlsxDump   *xlsx_dump_read    (const char *path);
void        xlsx_dump_free    (XlsxDump   *dump);

/* The first field of a fact without a key ("freeze", "filter", "titles", "orientation",
 * "paper", "sheet"), or NULL when the dump has no such line. */
const char *xlsx_dump_get     (XlsxDump   *dump,
                               const char *fact);
/* The fields of a fact without a key ("max": rows, columns; "fit": fit to page, width,
 * height), or NULL. */
const char * const *xlsx_dump_fields (XlsxDump   *dump,
                                      const char *fact);
/* The value of a fact with a key: ("prop", "title"), ("custom", "Persoonsgegevens"),
 * ("width", "B"); NULL when there is none. */
const char *xlsx_dump_value   (XlsxDump   *dump,
                               const char *fact,
                               const char *key);

/* A cell, e.g. "B4": its type ("text", "date", "int", "float", "bool", "empty"), its value
 * as text (a date YYYY-MM-DD), its number format, whether it is bold and wraps. A cell the
 * sheet does not have is "empty". */
const char *xlsx_dump_type    (XlsxDump   *dump,
                               const char *cell);
const char *xlsx_dump_text    (XlsxDump   *dump,
                               const char *cell);
const char *xlsx_dump_format  (XlsxDump   *dump,
                               const char *cell);
gboolean    xlsx_dump_bold    (XlsxDump   *dump,
                               const char *cell);
gboolean    xlsx_dump_wraps   (XlsxDump   *dump,
                               const char *cell);

/* The texts of the cells of row @row (from 1) in columns A to the last, empty cells as "". */
GStrv       xlsx_dump_row     (XlsxDump   *dump,
                               guint       row) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (XlsxDump, xlsx_dump_free)

G_END_DECLS
