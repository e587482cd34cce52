/* ond-store-cases.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Cases of the casusoverleg, part one: registering a signal (with its reference from the
 * per-year counter), changing its intake fields, reading and opening a case, and the
 * helpers the other case files share (history, access log, timestamps). The workflow is in
 * ond-store-case-workflow.c, interventions and history lists in
 * ond-store-case-interventions.c, deleting, the access log and due cases in
 * ond-store-case-log.c.
 */

#define G_LOG_DOMAIN "ond-store-cases"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ond-case.h"
#include "ond-date.h"
#include "ond-store-cases.h"
#include "ond-store-private.h"
#include "ond-text.h"

/* The highest number a year's counter hands out (references are YYYY-NNNN). */
#define MAX_CASE_NUMBER 9999

char *
_ond_store_timestamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
}

gboolean
_ond_store_write_access_log (OndStore    *self,
                             const char  *case_reference,
                             const char  *what,
                             GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *at = _ond_store_timestamp ();

  g_assert (what != NULL && *what != '\0');

  stmt = _ond_store_prepare (self,
                  "INSERT INTO access_log (at, who, case_reference, what) VALUES (?, ?, ?, ?)",
                  error);
  return stmt != NULL &&
         ond_statement_bind_text (stmt, 1, at, error) &&
         ond_statement_bind_text (stmt, 2, _ond_store_user (self), error) &&
         ond_statement_bind_text (stmt, 3, case_reference != NULL ? case_reference : "", error) &&
         ond_statement_bind_text (stmt, 4, what, error) &&
         ond_statement_execute (stmt, error);
}

gboolean
_ond_store_write_case_event (OndStore    *self,
                             gint64       case_id,
                             const char  *from_status,
                             const char  *to_status,
                             const char  *reason,
                             GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *at = _ond_store_timestamp ();

  g_assert (to_status != NULL);

  stmt = _ond_store_prepare (self,
                  "INSERT INTO case_event (case_id, at, who, from_status, to_status, reason)"
                  " VALUES (?, ?, ?, ?, ?, ?)",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, case_id, error) ||
      !ond_statement_bind_text (stmt, 2, at, error) ||
      !ond_statement_bind_text (stmt, 3, _ond_store_user (self), error))
    return FALSE;
  if (from_status != NULL)
    {
      if (!ond_statement_bind_text (stmt, 4, from_status, error))
        return FALSE;
    }
  else if (!ond_statement_bind_null (stmt, 4, error))
    return FALSE;
  return ond_statement_bind_text (stmt, 5, to_status, error) &&
         ond_statement_bind_text (stmt, 6, reason != NULL ? reason : "", error) &&
         ond_statement_execute (stmt, error);
}

gboolean
_ond_store_get_case_state (OndStore       *self,
                           gint64          case_id,
                           char          **reference,
                           OndCaseStatus  *status,
                           GError        **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self,
                  "SELECT reference, status FROM case_file WHERE id = ? AND deleted_at IS NULL",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, case_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The case does not exist (any more)."));
      return FALSE;
    }
  if (status != NULL &&
      !ond_case_status_from_code (ond_statement_get_text (stmt, 1), status))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                   _("The case has an unknown status “%s”."), ond_statement_get_text (stmt, 1));
      return FALSE;
    }
  if (reference != NULL)
    *reference = g_strdup (ond_statement_get_text (stmt, 0));
  return TRUE;
}

/* The properties of OndCase in the order of OND_STORE_CASE_COLUMNS; the ids and the row
 * version are the only integer columns. */
static const char * const case_properties[] = {
  "id", "reference", "date-received", "source", "source-label", "theme-id", "theme-name",
  "area-id", "area-name", "subject-kind", "subject-kind-label", "subject-name", "address",
  "summary", "complexity", "decision", "weighing-reason", "follow-up-date", "lead-partner-id",
  "lead-partner-name", "status", "status-label", "outcome", "outcome-note", "closed-date",
  "mma-number", "police-number", "riec-number", "zaaknummer", "created-at", "updated-at",
  "next-follow-up", "row-version",
};

OndCase *
_ond_store_read_case_row (OndStatement *stmt)
{
  GValue values[G_N_ELEMENTS (case_properties)] = { G_VALUE_INIT };
  OndCase *self;

  for (guint i = 0; i < G_N_ELEMENTS (case_properties); i++)
    {
      const char *name = case_properties[i];

      if (g_str_equal (name, "id") || g_str_has_suffix (name, "-id") ||
          g_str_equal (name, "row-version"))
        {
          g_value_init (&values[i], G_TYPE_INT64);
          g_value_set_int64 (&values[i], ond_statement_get_int64 (stmt, (int) i));
        }
      else
        {
          g_value_init (&values[i], G_TYPE_STRING);
          g_value_set_string (&values[i], ond_statement_get_text (stmt, (int) i));
        }
    }

  self = (OndCase *) g_object_new_with_properties (OND_TYPE_CASE,
                                                   G_N_ELEMENTS (case_properties),
                                                   (const char **) case_properties,
                                                   values);
  for (guint i = 0; i < G_N_ELEMENTS (case_properties); i++)
    g_value_unset (&values[i]);
  return self;
}

/* Whether a row exists for @sql with one parameter (text @code, or the id @id). */
static gboolean
row_exists (OndStore    *self,
            const char  *sql,
            const char  *code,
            gint64       id,
            gboolean    *exists,
            GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (code != NULL ? !ond_statement_bind_text (stmt, 1, code, error)
                   : !ond_statement_bind_int64 (stmt, 1, id, error))
    return FALSE;
  return ond_statement_step (stmt, exists, error);
}

/* The checks of a draft that need the database. @current_area_id is the area the case has
 * now (0 for a new case): a retired area may stay, but is not chosen anew. */
static gboolean
check_draft_codes (OndStore            *self,
                   const OndCaseDraft  *draft,
                   gint64               current_area_id,
                   GError             **error)
{
  gboolean exists = FALSE;

  if (!row_exists (self, "SELECT 1 FROM case_source WHERE code = ?",
                   draft->source, 0, &exists, error))
    return FALSE;
  if (!exists)
    {
      g_set_error (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_SOURCE,
                   _("“%s” is not a known source."), draft->source);
      return FALSE;
    }
  if (!row_exists (self, "SELECT 1 FROM subject_kind WHERE code = ?",
                   draft->subject_kind, 0, &exists, error))
    return FALSE;
  if (!exists)
    {
      g_set_error (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_SUBJECT_KIND,
                   _("“%s” is not a known kind of subject."), draft->subject_kind);
      return FALSE;
    }
  if (draft->theme_id != 0)
    {
      if (!row_exists (self, "SELECT 1 FROM theme WHERE id = ?",
                       NULL, draft->theme_id, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_THEME,
                               _("The theme does not exist."));
          return FALSE;
        }
    }
  if (draft->area_id != 0 && draft->area_id != current_area_id)
    {
      if (!row_exists (self, "SELECT 1 FROM area WHERE id = ? AND retired = 0",
                       NULL, draft->area_id, &exists, error))
        return FALSE;
      if (!exists)
        {
          g_set_error_literal (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_AREA,
                               _("The area does not exist or is no longer in use."));
          return FALSE;
        }
    }
  return TRUE;
}

/* Takes the next number of @year from case_counter: an UPSERT, so that a number once
 * handed out is never handed out again, whatever happens to the case. */
static gboolean
take_case_number (OndStore  *self,
                  int        year,
                  int       *number,
                  GError   **error)
{
  g_autoptr(OndStatement) check = NULL;
  g_autoptr(OndStatement) take = NULL;
  gboolean has_row;

  check = _ond_store_prepare (self, "SELECT last_number FROM case_counter WHERE year = ?", error);
  if (check == NULL ||
      !ond_statement_bind_int64 (check, 1, year, error) ||
      !ond_statement_step (check, &has_row, error))
    return FALSE;
  if (has_row && ond_statement_get_int64 (check, 0) >= MAX_CASE_NUMBER)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("All %d case numbers of %d have been used."), MAX_CASE_NUMBER, year);
      return FALSE;
    }

  take = _ond_store_prepare (self,
                  "INSERT INTO case_counter (year, last_number) VALUES (?, 1)"
                  " ON CONFLICT (year) DO UPDATE SET last_number = case_counter.last_number + 1"
                  " RETURNING last_number",
                  error);
  if (take == NULL ||
      !ond_statement_bind_int64 (take, 1, year, error) ||
      !ond_statement_step (take, &has_row, error))
    return FALSE;
  g_assert (has_row);
  *number = (int) ond_statement_get_int64 (take, 0);
  return ond_statement_execute (take, error);
}

static char *
make_search_text (const char *reference,
                  const char *subject_name,
                  const char *summary)
{
  g_autofree char *joined = g_strjoin (" ", reference, subject_name, summary, NULL);

  return ond_text_fold (joined);
}

/* A copy of @text without white space around it; NULL gives "". */
static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static gboolean
bind_draft_fields (OndStatement        *stmt,
                   int                  first,
                   const OndCaseDraft  *draft,
                   const char          *date_received,
                   GError             **error)
{
  g_autofree char *subject_name = trimmed (draft->subject_name);
  g_autofree char *address = trimmed (draft->address);
  g_autofree char *summary = trimmed (draft->summary);
  g_autofree char *mma_number = trimmed (draft->mma_number);
  g_autofree char *police_number = trimmed (draft->police_number);
  g_autofree char *riec_number = trimmed (draft->riec_number);
  g_autofree char *zaaknummer = trimmed (draft->zaaknummer);

  return ond_statement_bind_text (stmt, first, date_received, error) &&
         ond_statement_bind_text (stmt, first + 1, draft->source, error) &&
         ond_statement_bind_id (stmt, first + 2, draft->theme_id, error) &&
         ond_statement_bind_id (stmt, first + 3, draft->area_id, error) &&
         ond_statement_bind_text (stmt, first + 4, draft->subject_kind, error) &&
         ond_statement_bind_text (stmt, first + 5, subject_name, error) &&
         ond_statement_bind_text (stmt, first + 6, address, error) &&
         ond_statement_bind_text (stmt, first + 7, summary, error) &&
         ond_statement_bind_text (stmt, first + 8, mma_number, error) &&
         ond_statement_bind_text (stmt, first + 9, police_number, error) &&
         ond_statement_bind_text (stmt, first + 10, riec_number, error) &&
         ond_statement_bind_text (stmt, first + 11, zaaknummer, error);
}

/* Reads the file name of an import batch, for the history entry of an imported case. */
static char *
import_file_name (OndStore  *self,
                  gint64     import_batch_id,
                  GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT file_name FROM import_batch WHERE id = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, import_batch_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The import batch does not exist."));
      return NULL;
    }
  return g_strdup (ond_statement_get_text (stmt, 0));
}

gint64
_ond_store_insert_case (OndStore            *self,
                        const OndCaseDraft  *draft,
                        GDateTime           *today,
                        gint64               import_batch_id,
                        char               **reference,
                        GError             **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *date_received = NULL;
  g_autofree char *ref = NULL;
  g_autofree char *search_text = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *now = _ond_store_timestamp ();
  g_autofree char *subject_name = NULL;
  g_autofree char *summary = NULL;
  int number = 0;
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (draft != NULL, 0);
  g_return_val_if_fail (today != NULL, 0);

  if (!_ond_store_check_writable (self, error) ||
      !ond_case_draft_validate (draft, today, error) ||
      !check_draft_codes (self, draft, 0, error))
    return 0;
  if (!ond_date_parse (draft->date_received, &date_received, error))
    return 0;
  if (import_batch_id != 0)
    {
      file_name = import_file_name (self, import_batch_id, error);
      if (file_name == NULL)
        return 0;
    }

  if (!take_case_number (self, atoi (date_received), &number, error))
    return 0;
  ref = g_strdup_printf ("%.4s-%04d", date_received, number);
  subject_name = trimmed (draft->subject_name);
  summary = trimmed (draft->summary);
  search_text = make_search_text (ref, subject_name, summary);

  stmt = _ond_store_prepare (self,
                  "INSERT INTO case_file (reference, search_text, import_batch_id, created_at,"
                  "  updated_at, date_received, source, theme_id, area_id, subject_kind,"
                  "  subject_name, address, summary, mma_number, police_number, riec_number,"
                  "  zaaknummer, status)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'nieuw')"
                  " RETURNING id",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, ref, error) ||
      !ond_statement_bind_text (stmt, 2, search_text, error) ||
      !ond_statement_bind_id (stmt, 3, import_batch_id, error) ||
      !ond_statement_bind_text (stmt, 4, now, error) ||
      !ond_statement_bind_text (stmt, 5, now, error) ||
      !bind_draft_fields (stmt, 6, draft, date_received, error) ||
      (id = ond_statement_insert (stmt, error)) == 0)
    return 0;

  if (file_name != NULL)
    reason = g_strdup_printf ("Melding geïmporteerd uit %s", file_name);
  else
    reason = g_strdup ("Melding geregistreerd");
  if (!_ond_store_write_case_event (self, id, NULL, "nieuw", reason, error) ||
      !_ond_store_write_access_log (self, ref,
                                    file_name != NULL ? "Melding geïmporteerd"
                                                      : "Melding geregistreerd",
                                    error))
    return 0;

  if (reference != NULL)
    *reference = g_steal_pointer (&ref);
  return id;
}

/**
 * ond_store_create_case:
 * @self: a #OndStore
 * @draft: the fields of the signal
 * @today: the date of today, against which the date received is checked
 * @reference: (out) (optional) (transfer full): the reference the case got
 * @error: return location for an error (%OND_CASE_DRAFT_ERROR for a bad field,
 *   %OND_STORE_ERROR otherwise)
 *
 * Registers a new signal with status nieuw, its first history entry and an access_log row,
 * in one transaction. Nothing is written on error.
 *
 * Returns: the id of the new case, or 0 with @error set
 */
gint64
ond_store_create_case (OndStore            *self,
                       const OndCaseDraft  *draft,
                       GDateTime           *today,
                       char               **reference,
                       GError             **error)
{
  g_autofree char *ref = NULL;
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (draft != NULL, 0);
  g_return_val_if_fail (today != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_begin (self, error))
    return 0;
  id = _ond_store_insert_case (self, draft, today, 0, &ref, error);
  if (id == 0)
    {
      _ond_store_rollback (self);
      return 0;
    }
  if (!_ond_store_commit (self, error))
    return 0;
  if (reference != NULL)
    *reference = g_steal_pointer (&ref);
  return id;
}

static gint64
current_area (OndStore  *self,
              gint64     case_id,
              GError   **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self,
                                                     "SELECT area_id FROM case_file WHERE id = ?",
                                          error);
  gboolean has_row;

  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, case_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return -1;
  return has_row ? ond_statement_get_int64 (stmt, 0) : 0;
}

gboolean
_ond_store_update_case (OndStore            *self,
                        gint64               case_id,
                        const OndCaseDraft  *draft,
                        GDateTime           *today,
                        const char          *logged_as,
                        GError             **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *date_received = NULL;
  g_autofree char *search_text = NULL;
  g_autofree char *subject_name = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *now = _ond_store_timestamp ();
  gint64 area_id;

  if (!_ond_store_get_case_state (self, case_id, &reference, NULL, error) ||
      !ond_case_draft_validate (draft, today, error))
    return FALSE;
  area_id = current_area (self, case_id, error);
  if (area_id < 0 ||
      !check_draft_codes (self, draft, area_id, error) ||
      !ond_date_parse (draft->date_received, &date_received, error))
    return FALSE;

  subject_name = trimmed (draft->subject_name);
  summary = trimmed (draft->summary);
  search_text = make_search_text (reference, subject_name, summary);

  /* An edit opened earlier (draft->row_version set) changes the row only while it still
   * has the version read then: what someone else saved in the meantime is never overwritten
   * unseen. Every change adds 1 to the version. */
  stmt = _ond_store_prepare (self,
                  "UPDATE case_file SET search_text = ?, updated_at = ?, date_received = ?,"
                  "  source = ?, theme_id = ?, area_id = ?, subject_kind = ?, subject_name = ?,"
                  "  address = ?, summary = ?, mma_number = ?, police_number = ?,"
                  "  riec_number = ?, zaaknummer = ?, row_version = row_version + 1"
                  " WHERE id = ? AND (? = 0 OR row_version = ?)",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, search_text, error) ||
      !ond_statement_bind_text (stmt, 2, now, error) ||
      !bind_draft_fields (stmt, 3, draft, date_received, error) ||
      !ond_statement_bind_int64 (stmt, 15, case_id, error) ||
      !ond_statement_bind_int64 (stmt, 16, draft->row_version, error) ||
      !ond_statement_bind_int64 (stmt, 17, draft->row_version, error) ||
      !ond_statement_execute (stmt, error))
    return FALSE;
  if (ond_statement_get_changes (stmt) == 0)
    {
      /* The row is there (read above, in this transaction): its version moved on. */
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT,
                   _("Someone else changed case %s after you opened it. Nothing has been "
                     "saved."), reference);
      return FALSE;
    }
  return _ond_store_write_access_log (self, reference, logged_as, error);
}

/**
 * ond_store_update_case:
 * @self: a #OndStore
 * @case_id: the case
 * @draft: the new intake fields
 * @today: the date of today
 * @error: return location for an error
 *
 * Changes the intake fields of a case (not its status, not its reference: a reference
 * keeps the year it was given in, also when the date received is corrected). Logged.
 *
 * Returns: %TRUE on success; on error nothing was changed
 */
gboolean
ond_store_update_case (OndStore            *self,
                       gint64               case_id,
                       const OndCaseDraft  *draft,
                       GDateTime           *today,
                       GError             **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (draft != NULL, FALSE);
  g_return_val_if_fail (today != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!_ond_store_update_case (self, case_id, draft, today, "Gegevens van de melding gewijzigd",
                               error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

static OndCase *
read_case (OndStore  *self,
           gint64     case_id,
           GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self,
                  "SELECT " OND_STORE_CASE_COLUMNS " FROM " OND_STORE_CASE_FROM
                  " WHERE c.id = ? AND c.deleted_at IS NULL",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, case_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The case does not exist (any more)."));
      return NULL;
    }
  return _ond_store_read_case_row (stmt);
}

/**
 * ond_store_get_case:
 * @self: a #OndStore
 * @case_id: the case
 * @error: return location for an error
 *
 * Reads a case without logging, for lists and counts. Works on a read-only store.
 *
 * Returns: (transfer full): the case, or %NULL with @error set (%OND_STORE_ERROR_NOT_FOUND
 *   for a missing or hidden case)
 */
OndCase *
ond_store_get_case (OndStore  *self,
                    gint64     case_id,
                    GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_case (self, case_id, error);
}

/**
 * ond_store_open_case:
 * @self: a #OndStore
 * @case_id: the case
 * @error: return location for an error
 *
 * Reads a case for the case view and logs that it was opened. A read-only store refuses
 * (%OND_STORE_ERROR_READ_ONLY): the opening could not be logged.
 *
 * Returns: (transfer full): the case, or %NULL with @error set
 */
OndCase *
ond_store_open_case (OndStore  *self,
                     gint64     case_id,
                     GError   **error)
{
  g_autoptr(OndCase) result = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_ond_store_begin (self, error))
    return NULL;
  result = read_case (self, case_id, error);
  if (result == NULL ||
      !_ond_store_write_access_log (self, ond_case_get_reference (result), "Casus geopend",
                                    error))
    {
      _ond_store_rollback (self);
      return NULL;
    }
  if (!_ond_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&result);
}
