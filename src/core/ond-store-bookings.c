/* ond-store-bookings.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Bookings read for the budget's progress: what a plan's budget lines have spent (or
 * committed) in a year. A booking belongs to a plan through its budget line, and to a
 * year through its date. */

#define G_LOG_DOMAIN "ond-store-bookings"

#include "config.h"

#include "ond-store-bookings.h"
#include "ond-store-private.h"

/**
 * ond_store_sum_bookings:
 * @self: a #OndStore
 * @plan_id: the plan whose budget lines count
 * @year: the year of the bookings' dates
 * @kind: "realisatie" or "verplichting"
 * @cents: (out): the sum, 0 when there are none
 * @error: return location for an error
 *
 * Returns: %FALSE with @error set when the database could not be read
 */
gboolean
ond_store_sum_bookings (OndStore    *self,
                        gint64       plan_id,
                        int          year,
                        const char  *kind,
                        gint64      *cents,
                        GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  gboolean has_row;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (cents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *cents = 0;
  first = g_strdup_printf ("%04d-01-01", year);
  last = g_strdup_printf ("%04d-12-31", year);
  stmt = _ond_store_prepare (self,
                             "SELECT COALESCE(SUM(b.amount_cents), 0)"
                             " FROM booking b JOIN budget_line l ON l.id = b.line_id"
                             " WHERE l.plan_id = ? AND b.kind = ?"
                             "  AND b.date >= ? AND b.date <= ?",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, plan_id, error)
      || !ond_statement_bind_text (stmt, 2, kind, error)
      || !ond_statement_bind_text (stmt, 3, first, error)
      || !ond_statement_bind_text (stmt, 4, last, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;

  *cents = has_row ? ond_statement_get_int64 (stmt, 0) : 0;
  return TRUE;
}
