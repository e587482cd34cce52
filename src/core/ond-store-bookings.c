/* ond-store-bookings.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The bookings of the Begroting in the store: realisaties and verplichtingen listed, added,
 * changed, deleted and put back (undo), with the rules of ond-store-bookings.h checked in
 * the transaction that writes, with the folded text the bookings list searches; and what a
 * plan's budget lines have spent (or committed) in a year, and the few columns of its bookings
 * that the reconciliation reads. A booking belongs to a plan through its budget line, and to
 * a year through its date. */

#define G_LOG_DOMAIN "ond-store-bookings"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-date.h"
#include "ond-money.h"
#include "ond-reconciliation-private.h"
#include "ond-store-booking-list-private.h"
#include "ond-store-bookings.h"
#include "ond-store-private.h"
#include "ond-text.h"

/* The dates a booking may have. */
#define FIRST_DATE "2000-01-01"
#define LAST_DATE "2100-12-31"

G_DEFINE_QUARK (ond-booking-error-quark, ond_booking_error)

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

/**
 * ond_store_list_bookings:
 * @self: a #OndStore
 * @plan_id: the plan whose budget lines count
 * @error: return location for an error
 *
 * Lists the bookings on the budget lines of @plan_id and the bookings on no line, newest
 * first (date, then id, descending), with the lines' names and the kinds' labels.
 *
 * Returns: (transfer full): a #GListModel of #OndBooking, or %NULL with @error set
 */
GListModel *
ond_store_list_bookings (OndStore  *self,
                         gint64     plan_id,
                         GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

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
                             " WHERE b.line_id IS NULL OR l.plan_id = ?"
                             " ORDER BY b.date DESC, b.id DESC",
                             error);
  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, plan_id, error))
    return NULL;

  list = g_list_store_new (OND_TYPE_BOOKING);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndBooking) booking = NULL;

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
      g_list_store_append (list, booking);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* The year of an ISO date, as ond_booking_get_year () reads it: 0 when @date does not
 * start with four digits. */
static int
year_of (const char *date)
{
  for (guint i = 0; i < 4; i++)
    if (!g_ascii_isdigit (date[i]))
      return 0;
  return (int) g_ascii_strtoll (date, NULL, 10);
}

static const char *
text_or_empty (OndStatement *stmt,
               int           column)
{
  const char *text = ond_statement_get_text (stmt, column);

  return text != NULL ? text : "";
}

GArray *
_ond_store_read_reconcile_bookings (OndStore      *self,
                                    gint64         plan_id,
                                    GStringChunk  *strings,
                                    GError       **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GArray) bookings = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (strings != NULL, NULL);

  stmt = _ond_store_prepare (self,
                             "SELECT b.id, coalesce(b.line_id, 0), b.amount_cents,"
                             "       b.kind = 'verplichting', b.reference, b.date"
                             " FROM booking AS b"
                             /* The table in its own order, not through the index on
                              * (line_id, date) with a lookup of each row. */
                             " WHERE +b.line_id IS NULL"
                             "  OR +b.line_id IN (SELECT id FROM budget_line WHERE plan_id = ?)",
                             error);
  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, plan_id, error))
    return NULL;

  bookings = g_array_new (FALSE, TRUE, sizeof (OndReconcileBooking));
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      OndReconcileBooking booking = { 0 };

      booking.id = ond_statement_get_int64 (stmt, 0);
      booking.line_id = ond_statement_get_int64 (stmt, 1);
      booking.amount = ond_statement_get_int64 (stmt, 2);
      booking.commitment = ond_statement_get_int64 (stmt, 3) != 0;
      /* Many bookings share a reference (a commitment and its realisaties) or a date. */
      booking.reference = g_string_chunk_insert_const (strings,
                                                       text_or_empty (stmt, 4));
      booking.date = g_string_chunk_insert_const (strings, text_or_empty (stmt, 5));
      booking.year = year_of (booking.date);
      g_array_append_val (bookings, booking);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&bookings);
}

/* The rules. */

/* The date: given, written as a date, an existing day from 2000 to 2100. On success *@iso
 * is the date as "YYYY-MM-DD" (transfer full). */
static gboolean
check_date (const char  *date,
            char       **iso,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *parsed = NULL;
  g_autofree char *shown = NULL;

  if (ond_text_is_blank (date))
    {
      g_set_error_literal (error, OND_BOOKING_ERROR, OND_BOOKING_ERROR_DATE,
                           _("Enter a date."));
      return FALSE;
    }
  if (!ond_date_parse (date, &parsed, &local_error))
    {
      g_set_error_literal (error, OND_BOOKING_ERROR, OND_BOOKING_ERROR_DATE,
                           local_error->message);
      return FALSE;
    }
  shown = ond_date_format (parsed);
  if (strcmp (parsed, FIRST_DATE) < 0)
    {
      g_set_error (error, OND_BOOKING_ERROR, OND_BOOKING_ERROR_DATE,
                   _("The date %s lies before 2000."), shown);
      return FALSE;
    }
  if (strcmp (parsed, LAST_DATE) > 0)
    {
      g_set_error (error, OND_BOOKING_ERROR, OND_BOOKING_ERROR_DATE,
                   _("The date %s lies after 2100."), shown);
      return FALSE;
    }
  *iso = g_steal_pointer (&parsed);
  return TRUE;
}

/* The budget line: one of @plan_id's. A restore (@plan_id 0) puts back what was stored: no
 * line at all, or a line that still exists, of whatever plan. */
static gboolean
check_line (OndStore  *self,
            gint64     plan_id,
            gint64     line_id,
            gboolean   restoring,
            GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  if (line_id == 0 && restoring)
    return TRUE;
  if (line_id == 0)
    {
      g_set_error_literal (error, OND_BOOKING_ERROR, OND_BOOKING_ERROR_LINE,
                           _("Choose a cost line."));
      return FALSE;
    }
  stmt = _ond_store_prepare (self, "SELECT plan_id FROM budget_line WHERE id = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, line_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_BOOKING_ERROR, OND_BOOKING_ERROR_LINE,
                           _("The cost line does not exist (any more)."));
      return FALSE;
    }
  if (!restoring && ond_statement_get_int64 (stmt, 0) != plan_id)
    {
      g_set_error_literal (error, OND_BOOKING_ERROR, OND_BOOKING_ERROR_LINE,
                           _("The cost line belongs to another plan."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_kind (const char  *kind,
            GError     **error)
{
  if (g_strcmp0 (kind, "realisatie") != 0 && g_strcmp0 (kind, "verplichting") != 0)
    {
      g_set_error_literal (error, OND_BOOKING_ERROR, OND_BOOKING_ERROR_KIND,
                           _("Choose whether the booking is spend or a commitment."));
      return FALSE;
    }
  return TRUE;
}

/* Not 0, within OND_BOOKING_MAX_AMOUNT either way; a commitment is positive. */
static gboolean
check_amount (gint64       amount,
              gboolean     commitment,
              GError     **error)
{
  if (amount == 0)
    {
      g_set_error_literal (error, OND_BOOKING_ERROR, OND_BOOKING_ERROR_AMOUNT,
                           _("Enter an amount other than 0."));
      return FALSE;
    }
  if (amount > OND_BOOKING_MAX_AMOUNT || amount < -OND_BOOKING_MAX_AMOUNT)
    {
      g_autofree char *max = ond_money_format (OND_BOOKING_MAX_AMOUNT);

      g_set_error (error, OND_BOOKING_ERROR, OND_BOOKING_ERROR_AMOUNT,
                   _("The amount is more than %s: is it a typing error?"), max);
      return FALSE;
    }
  if (commitment && amount < 0)
    {
      g_set_error_literal (error, OND_BOOKING_ERROR, OND_BOOKING_ERROR_AMOUNT,
                           _("A commitment is a positive amount; a credit note is spend."));
      return FALSE;
    }
  return TRUE;
}

/* A commitment needs its (trimmed) reference: spend with the same reference uses it up. */
static gboolean
check_reference (const char  *reference,
                 gboolean     commitment,
                 GError     **error)
{
  if (commitment && *reference == '\0')
    {
      g_set_error_literal (error, OND_BOOKING_ERROR, OND_BOOKING_ERROR_REFERENCE,
                           _("Enter the reference (order number) of the commitment: spend "
                             "with the same reference uses it up."));
      return FALSE;
    }
  return TRUE;
}

/* Writing. */

/* Whether the booking @id exists. A save of a new booking (@id 0) needs nothing; a change
 * needs the booking (OND_STORE_ERROR_NOT_FOUND); a restore a positive id that is free
 * (OND_STORE_ERROR_INVALID). */
static gboolean
find_booking (OndStore  *self,
              gint64     id,
              gboolean   restoring,
              GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean exists = FALSE;

  if (restoring && id <= 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Only a booking that was stored can be put back."));
      return FALSE;
    }
  if (!restoring && id == 0)
    return TRUE;
  if (id > 0)
    {
      stmt = _ond_store_prepare (self, "SELECT 1 FROM booking WHERE id = ?", error);
      if (stmt == NULL ||
          !ond_statement_bind_int64 (stmt, 1, id, error) ||
          !ond_statement_step (stmt, &exists, error))
        return FALSE;
    }
  if (restoring && exists)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("A booking with this number exists already, so the deleted one "
                             "cannot be put back."));
      return FALSE;
    }
  if (!restoring && !exists)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The booking does not exist (any more)."));
      return FALSE;
    }
  return TRUE;
}

/* Checks and writes one booking inside the caller's transaction: a save for @plan_id (id 0
 * adds, another id changes that booking; its import batch stays) or, when @restoring, the
 * undo of a delete (its own id and batch). Returns the id, or 0 with @error set. */
static gint64
write_booking (OndStore    *self,
               gint64       plan_id,
               OndBooking  *booking,
               gboolean     restoring,
               GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *description = g_strstrip (g_strdup (ond_booking_get_description (booking)));
  g_autofree char *reference = g_strstrip (g_strdup (ond_booking_get_reference (booking)));
  g_autofree char *supplier = g_strstrip (g_strdup (ond_booking_get_supplier (booking)));
  g_autofree char *search_text = NULL;
  const char *kind = ond_booking_get_kind (booking);
  gint64 id = ond_booking_get_id (booking);
  gint64 version = ond_booking_get_row_version (booking);
  gint64 written = 0;
  gboolean insert = id == 0 || restoring;
  gboolean commitment;

  if (!find_booking (self, id, restoring, error) ||
      !check_date (ond_booking_get_date (booking), &iso, error) ||
      !check_line (self, plan_id, ond_booking_get_line_id (booking), restoring, error) ||
      !check_kind (kind, error))
    return 0;
  commitment = strcmp (kind, "verplichting") == 0;
  if (!check_amount (ond_booking_get_amount (booking), commitment, error) ||
      !check_reference (reference, commitment, error))
    return 0;

  search_text = _ond_store_booking_search_text (iso, ond_booking_get_amount (booking),
                                                description, reference, supplier);

  /* A change keeps the import batch the booking came from. It is written only while the row
   * has the version the booking was read with (0: not checked) and adds 1; what is put back
   * gets the version it had (ond-store-migration-12.c). */
  stmt = _ond_store_prepare (self,
                  insert ? "INSERT INTO booking (date, line_id, amount_cents, kind, description,"
                           "  reference, supplier, search_text, id, batch_id, row_version)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"
                         : "UPDATE booking SET date = ?, line_id = ?, amount_cents = ?,"
                           "  kind = ?, description = ?, reference = ?, supplier = ?,"
                           "  search_text = ?, row_version = row_version + 1"
                           " WHERE id = ? AND (? = 0 OR row_version = ?) RETURNING id",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, iso, error) ||
      !ond_statement_bind_id (stmt, 2, ond_booking_get_line_id (booking), error) ||
      !ond_statement_bind_int64 (stmt, 3, ond_booking_get_amount (booking), error) ||
      !ond_statement_bind_text (stmt, 4, kind, error) ||
      !ond_statement_bind_text (stmt, 5, description, error) ||
      !ond_statement_bind_text (stmt, 6, reference, error) ||
      !ond_statement_bind_text (stmt, 7, supplier, error) ||
      !ond_statement_bind_text (stmt, 8, search_text, error) ||
      !ond_statement_bind_id (stmt, 9, id, error) ||
      (insert && !ond_statement_bind_id (stmt, 10, ond_booking_get_batch_id (booking), error)) ||
      (!insert && !ond_statement_bind_int64 (stmt, 10, version, error)) ||
      !ond_statement_bind_int64 (stmt, 11, insert ? MAX (version, 1) : version, error) ||
      !ond_statement_execute_returning (stmt, &written, error))
    return 0;
  if (written == 0)
    /* The booking is there (found above, in this transaction): its version moved on. */
    g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT,
                         _("Someone else changed this booking after you opened it. Nothing "
                           "has been saved."));
  return written;
}

/* Runs write_booking () in a transaction (refused on a read-only store); rolls back on
 * error. */
static gint64
run_write (OndStore    *self,
           gint64       plan_id,
           OndBooking  *booking,
           gboolean     restoring,
           GError     **error)
{
  gint64 id;

  if (!_ond_store_begin (self, error))
    return 0;
  id = write_booking (self, plan_id, booking, restoring, error);
  if (id == 0)
    {
      _ond_store_rollback (self);
      return 0;
    }
  return _ond_store_commit (self, error) ? id : 0;
}

/**
 * ond_store_save_booking:
 * @self: a #OndStore
 * @plan_id: the plan whose budget line the booking is on
 * @booking: the booking; id 0 adds it, another id changes that booking, only while the row
 *   has the row version @booking carries (0: not checked)
 * @error: return location for an error (%OND_BOOKING_ERROR for a field,
 *   %OND_STORE_ERROR_NOT_FOUND, %OND_STORE_ERROR_READ_ONLY, %OND_STORE_ERROR_CONFLICT when
 *   someone else changed the booking since it was read, ...)
 *
 * Saves a booking in one transaction; see ond-store-bookings.h for the rules. The date is
 * stored ISO, the texts trimmed. A change keeps the import batch the booking came from.
 * Nothing is written on error.
 *
 * Returns: the id of the booking, or 0 with @error set
 */
gint64
ond_store_save_booking (OndStore    *self,
                        gint64       plan_id,
                        OndBooking  *booking,
                        GError     **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_BOOKING (booking), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return run_write (self, plan_id, booking, FALSE, error);
}

/**
 * ond_store_delete_booking:
 * @self: a #OndStore
 * @id: the booking
 * @error: return location for an error
 *
 * Deletes a booking (%OND_STORE_ERROR_NOT_FOUND when it does not exist).
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_delete_booking (OndStore  *self,
                          gint64     id,
                          GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  stmt = _ond_store_prepare (self, "DELETE FROM booking WHERE id = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, id, error) ||
      !ond_statement_execute (stmt, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  if (ond_statement_get_changes (stmt) == 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The booking does not exist (any more)."));
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

/**
 * ond_store_restore_booking:
 * @self: a #OndStore
 * @booking: a booking as it was read before it was deleted
 * @error: return location for an error
 *
 * Puts a deleted booking back with its own id and import batch (undo). The rules of a
 * save apply, except that the booking may have no line (as it had) and that its line may
 * be of any plan. A taken id fails with %OND_STORE_ERROR_INVALID.
 *
 * Returns: the id of the booking, or 0 with @error set
 */
gint64
ond_store_restore_booking (OndStore    *self,
                           OndBooking  *booking,
                           GError     **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_BOOKING (booking), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return run_write (self, 0, booking, TRUE, error);
}
