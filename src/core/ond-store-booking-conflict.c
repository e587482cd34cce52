/* ond-store-booking-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What changed in a booking while the user had it open in the booking editor (optimistic
 * locking, ond-store-migration-12.c): the booking as it is now, and its fields in the order
 * of the editor as the editor shows them, where they differ from the booking the user opened.
 */

#define G_LOG_DOMAIN "ond-store-bookings"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-date.h"
#include "ond-money.h"
#include "ond-store-form-conflict.h"
#include "ond-store-private.h"

/**
 * ond_store_get_booking:
 * @self: a #OndStore
 * @id: a booking
 * @error: return location for an error
 *
 * Returns: (transfer full): the booking as it is now, or %NULL with @error set
 *   (%OND_STORE_ERROR_NOT_FOUND when it is gone)
 */
OndBooking *
ond_store_get_booking (OndStore  *self,
                       gint64     id,
                       GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  OndBooking *booking;
  gboolean has_row = FALSE;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                             "SELECT b.id, b.date, coalesce(b.line_id, 0), l.name,"
                             "       b.amount_cents, b.kind, k.label, b.description,"
                             "       b.reference, b.supplier, coalesce(b.batch_id, 0),"
                             "       b.row_version"
                             " FROM booking AS b"
                             " LEFT JOIN budget_line AS l ON l.id = b.line_id"
                             " LEFT JOIN booking_kind AS k ON k.code = b.kind"
                             " WHERE b.id = ?",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The booking does not exist (any more)."));
      return NULL;
    }
  booking = ond_booking_new (ond_statement_get_int64 (stmt, 0),
                             ond_statement_get_text (stmt, 1),
                             ond_statement_get_int64 (stmt, 2),
                             ond_statement_get_text (stmt, 3),
                             ond_statement_get_int64 (stmt, 4),
                             ond_statement_get_text (stmt, 5),
                             ond_statement_get_text (stmt, 6),
                             ond_statement_get_text (stmt, 7),
                             ond_statement_get_text (stmt, 8),
                             ond_statement_get_text (stmt, 9),
                             ond_statement_get_int64 (stmt, 10));
  ond_booking_set_row_version (booking, ond_statement_get_int64 (stmt, 11));
  return booking;
}

/* The text of the first column of @sql for @key (a code or an id), "" when none. */
static char *
lookup (OndStore    *self,
        const char  *sql,
        const char  *code,
        gint64       id,
        GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);
  gboolean has_row = FALSE;

  if (stmt == NULL ||
      !(code != NULL ? ond_statement_bind_text (stmt, 1, code, error)
                     : ond_statement_bind_int64 (stmt, 1, id, error)) ||
      !ond_statement_step (stmt, &has_row, error))
    return NULL;
  return g_strdup (has_row ? ond_statement_get_text (stmt, 0) : "");
}

/* A booking's fields as the editor shows them, in its order. */
enum { DATE, LINE, KIND, AMOUNT, DESCRIPTION, REFERENCE, SUPPLIER, N_FIELDS };

static gboolean
shown (OndStore    *self,
       OndBooking  *booking,
       char        *out[N_FIELDS],
       GError     **error)
{
  out[DATE] = ond_date_format (ond_booking_get_date (booking));
  out[LINE] = lookup (self, "SELECT name FROM budget_line WHERE id = ?", NULL,
                      ond_booking_get_line_id (booking), error);
  if (out[LINE] == NULL)
    return FALSE;
  out[KIND] = lookup (self, "SELECT label FROM booking_kind WHERE code = ?",
                      ond_booking_get_kind (booking), 0, error);
  if (out[KIND] == NULL)
    return FALSE;
  out[AMOUNT] = ond_money_format (ond_booking_get_amount (booking));
  out[DESCRIPTION] = g_strstrip (g_strdup (ond_booking_get_description (booking)));
  out[REFERENCE] = g_strstrip (g_strdup (ond_booking_get_reference (booking)));
  out[SUPPLIER] = g_strstrip (g_strdup (ond_booking_get_supplier (booking)));
  return TRUE;
}

static void
clear_shown (char *values[N_FIELDS])
{
  for (guint i = 0; i < N_FIELDS; i++)
    g_clear_pointer (&values[i], g_free);
}

/**
 * ond_store_compare_booking_edit:
 * @self: a #OndStore
 * @opened: the booking as the user opened it
 * @mine: the booking read from the user's form
 * @current: the booking as it is now (ond_store_get_booking ())
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type OndCaseChange): the fields someone else changed, in
 *   the order of the editor, or %NULL with @error set
 */
GPtrArray *
ond_store_compare_booking_edit (OndStore    *self,
                                OndBooking  *opened,
                                OndBooking  *mine,
                                OndBooking  *current,
                                GError     **error)
{
  static const char * const fields[N_FIELDS] = {
    "date", "line-id", "kind", "amount", "description", "reference", "supplier",
  };
  const char *labels[N_FIELDS] = {
    _("Date"), _("Cost line"), _("Kind"), _("Amount"), _("Description"), _("Reference"),
    _("Supplier"),
  };
  char *before[N_FIELDS] = { NULL };
  char *theirs[N_FIELDS] = { NULL };
  char *yours[N_FIELDS] = { NULL };
  GPtrArray *changes = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (OND_IS_BOOKING (opened) && OND_IS_BOOKING (mine), NULL);
  g_return_val_if_fail (OND_IS_BOOKING (current), NULL);

  if (shown (self, opened, before, error) && shown (self, current, theirs, error) &&
      shown (self, mine, yours, error))
    {
      changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);
      for (guint i = 0; i < N_FIELDS; i++)
        ond_case_change_add (changes, fields[i], labels[i], before[i], theirs[i], yours[i]);
    }
  clear_shown (before);
  clear_shown (theirs);
  clear_shown (yours);
  return changes;
}
