/* ond-xlsx-money.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Money in a worksheet, for both workbook writers (the council workbook's ond-xlsx-format.c,
 * where these live, and the exported lists' ond-xlsx-table-write.c). Private to core. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one place where money becomes a double: a cell holds euros. */
double _ond_xlsx_cents_to_cell (gint64 cents);
/* The width "€ 245.000,00" takes, for a column's width only (not a formatting of money). */
guint  _ond_xlsx_money_width   (gint64 cents);

G_END_DECLS
