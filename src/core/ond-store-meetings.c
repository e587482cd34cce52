/* ond-store-meetings.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The casusoverleg meetings of OndStore: a meeting on a date, its agenda (new signals, due
 * follow-ups, added cases) and the decisions taken on it, which become history entries of
 * the cases. Every change runs in one transaction; a refused change writes nothing.
 */

#define G_LOG_DOMAIN "ond-store-meetings"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-date.h"
#include "ond-store-meetings.h"
#include "ond-store-private.h"
#include "ond-text.h"

/* The order of an agenda: the reason (new signals, then follow-ups, then added cases),
 * then the case's reference. Item positions are renumbered in this order after every
 * change, so that a position is always the place on the agenda. */
#define AGENDA_ORDER \
  "CASE mi.reason WHEN 'nieuw' THEN 1 WHEN 'follow_up' THEN 2 ELSE 3 END, c.reference, mi.id"

/* Statuses of a case that is still open. */
#define OPEN_STATUSES "('nieuw', 'gewogen', 'toegewezen', 'interventie', 'monitoring')"
/* Statuses of an intervention that is still open. */
#define OPEN_INTERVENTION_STATUSES "('gepland', 'lopend')"

/* Runs @stmt, which returns one integer (e.g. INSERT ... RETURNING id). */
static gboolean
step_int64 (OndStatement  *stmt,
            gint64        *value,
            GError       **error)
{
  gboolean has_row = FALSE;

  if (!ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                           _("The database returned no row"));
      return FALSE;
    }
  *value = ond_statement_get_int64 (stmt, 0);
  return TRUE;
}

/* Renumbers the items of @meeting_id in agenda order, from 1. */
static gboolean
renumber_agenda (OndStore    *self,
                 gint64       meeting_id,
                 GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self,
                  "UPDATE meeting_item SET position = ranked.position"
                  " FROM (SELECT mi.id AS item_id,"
                  "              ROW_NUMBER () OVER (ORDER BY " AGENDA_ORDER ") AS position"
                  "       FROM meeting_item mi LEFT JOIN case_file c ON c.id = mi.case_id"
                  "       WHERE mi.meeting_id = ?) AS ranked"
                  " WHERE meeting_item.id = ranked.item_id",
                  error);
  return stmt != NULL &&
         ond_statement_bind_int64 (stmt, 1, meeting_id, error) &&
         ond_statement_execute (stmt, error);
}

/* Reads the date of @meeting_id; NOT_FOUND when there is no such meeting. */
static gboolean
read_meeting_date (OndStore    *self,
                   gint64       meeting_id,
                   char       **date,
                   GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row = FALSE;

  stmt = _ond_store_prepare (self, "SELECT date FROM meeting WHERE id = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, meeting_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("This casusoverleg does not exist (any more)."));
      return FALSE;
    }
  *date = g_strdup (ond_statement_get_text (stmt, 0));
  return TRUE;
}

/* Fills the agenda of the new meeting @meeting_id on @date: every open case in status
 * nieuw received on or before @date, then every other open case whose own follow-up date
 * or an open intervention's follow-up date is on or before @date. Hidden (deleted) cases
 * never. */
static gboolean
fill_agenda (OndStore    *self,
             gint64       meeting_id,
             const char  *date,
             GError     **error)
{
  g_autoptr(OndStatement) new_cases = NULL;
  g_autoptr(OndStatement) due_cases = NULL;

  new_cases = _ond_store_prepare (self,
                       "INSERT INTO meeting_item (meeting_id, case_id, position, reason)"
                       " SELECT ?, c.id, 0, 'nieuw' FROM case_file c"
                       " WHERE c.status = 'nieuw' AND c.deleted_at IS NULL"
                       "   AND c.date_received <= ?",
                       error);
  if (new_cases == NULL ||
      !ond_statement_bind_int64 (new_cases, 1, meeting_id, error) ||
      !ond_statement_bind_text (new_cases, 2, date, error) ||
      !ond_statement_execute (new_cases, error))
    return FALSE;

  /* The interventions are read once (IN with a plain subquery), not once per case. */
  due_cases = _ond_store_prepare (self,
                       "INSERT INTO meeting_item (meeting_id, case_id, position, reason)"
                       " SELECT ?, c.id, 0, 'follow_up' FROM case_file c"
                       " WHERE c.status IN " OPEN_STATUSES " AND c.deleted_at IS NULL"
                       "   AND (c.follow_up_date <= ?"
                       "        OR c.id IN (SELECT ci.case_id FROM case_intervention ci"
                       "                    WHERE ci.status IN " OPEN_INTERVENTION_STATUSES
                       "                      AND ci.follow_up_date <= ?))"
                       "   AND c.id NOT IN (SELECT mi.case_id FROM meeting_item mi"
                       "                    WHERE mi.meeting_id = ? AND mi.case_id IS NOT NULL)",
                       error);
  return due_cases != NULL &&
         ond_statement_bind_int64 (due_cases, 1, meeting_id, error) &&
         ond_statement_bind_text (due_cases, 2, date, error) &&
         ond_statement_bind_text (due_cases, 3, date, error) &&
         ond_statement_bind_int64 (due_cases, 4, meeting_id, error) &&
         ond_statement_execute (due_cases, error) &&
         renumber_agenda (self, meeting_id, error);
}

/**
 * ond_store_create_meeting:
 * @self: a #OndStore
 * @date: the date of the meeting: ISO "YYYY-MM-DD" (or "dd-mm-jjjj")
 * @error: return location for an error
 *
 * Creates the casusoverleg of @date and fills its agenda: first every open case in status
 * nieuw (received on or before @date), then every open case whose follow-up — its own
 * follow-up date or that of a planned or running intervention — is on or before @date;
 * each case once, deleted cases never, by reference within each group. A date that is not
 * a valid date, or on which a meeting already exists, is refused
 * (%OND_STORE_ERROR_INVALID) and nothing is written.
 *
 * Returns: the id of the new meeting, or 0 with @error set
 */
gint64
ond_store_create_meeting (OndStore    *self,
                          const char  *date,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(OndStatement) existing = NULL;
  g_autoptr(OndStatement) insert = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *shown = NULL;
  gboolean has_row = FALSE;
  gint64 meeting_id = 0;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (date == NULL || !ond_date_parse (date, &iso, &local_error))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("The date of the casusoverleg is not valid: %s"),
                   local_error != NULL ? local_error->message : _("No date was given"));
      return 0;
    }
  shown = ond_date_format (iso);

  if (!_ond_store_begin (self, error))
    return 0;

  existing = _ond_store_prepare (self, "SELECT id FROM meeting WHERE date = ?", error);
  if (existing == NULL ||
      !ond_statement_bind_text (existing, 1, iso, error) ||
      !ond_statement_step (existing, &has_row, error))
    goto fail;
  if (has_row)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("There is already a casusoverleg on %s: open that one instead."), shown);
      goto fail;
    }

  insert = _ond_store_prepare (self, "INSERT INTO meeting (date) VALUES (?) RETURNING id", error);
  if (insert == NULL ||
      !ond_statement_bind_text (insert, 1, iso, error) ||
      !step_int64 (insert, &meeting_id, error))
    goto fail;
  g_clear_pointer (&insert, ond_statement_free);

  if (!fill_agenda (self, meeting_id, iso, error) ||
      !_ond_store_commit (self, error))
    goto fail;

  return meeting_id;

fail:
  _ond_store_rollback (self);
  return 0;
}

/**
 * ond_store_list_meetings:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of every #OndMeeting, newest first, or %NULL
 *   with @error set
 */
GListModel *
ond_store_list_meetings (OndStore  *self,
                         GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                  "SELECT m.id, m.date, m.note,"
                  "       (SELECT COUNT(*) FROM meeting_item mi"
                  "        JOIN case_file c ON c.id = mi.case_id"
                  "        WHERE mi.meeting_id = m.id AND c.deleted_at IS NULL)"
                  " FROM meeting m ORDER BY m.date DESC, m.id DESC",
                  error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (OND_TYPE_MEETING);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndMeeting) meeting = NULL;

      meeting = ond_meeting_new (ond_statement_get_int64 (stmt, 0),
                                 ond_statement_get_text (stmt, 1),
                                 ond_statement_get_text (stmt, 2),
                                 (guint) ond_statement_get_int64 (stmt, 3));
      g_list_store_append (list, meeting);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_list_meeting_items:
 * @self: a #OndStore
 * @meeting_id: the meeting
 * @error: return location for an error
 *
 * Lists the agenda of @meeting_id in agenda order, with each case's current status,
 * theme, subject and next follow-up joined in. Deleted cases are left out. Reading the
 * agenda is not logged; printing it is (ond_meeting_document_log_printed()).
 *
 * Returns: (transfer full): a #GListModel of #OndMeetingItem, or %NULL with @error set
 *   (%OND_STORE_ERROR_NOT_FOUND for an unknown meeting)
 */
GListModel *
ond_store_list_meeting_items (OndStore  *self,
                              gint64     meeting_id,
                              GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autofree char *date = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_meeting_date (self, meeting_id, &date, error))
    return NULL;

  /* The next follow-up of a case: the earliest of its own follow-up date and those of its
   * open interventions (those are aggregated once, for this meeting's cases only). */
  stmt = _ond_store_prepare (self,
                  "SELECT mi.id, mi.meeting_id, c.id, c.reference, mi.position, mi.reason,"
                  "       s.label, t.name, c.subject_name,"
                  "       CASE WHEN c.follow_up_date IS NULL THEN due.date"
                  "            WHEN due.date IS NULL OR c.follow_up_date <= due.date"
                  "            THEN c.follow_up_date ELSE due.date END,"
                  "       mi.decision, mi.decided_at, mi.decided_by, mi.row_version"
                  " FROM meeting_item mi"
                  " JOIN case_file c ON c.id = mi.case_id"
                  " JOIN case_status s ON s.code = c.status"
                  " LEFT JOIN theme t ON t.id = c.theme_id"
                  " LEFT JOIN (SELECT ci.case_id AS case_id, MIN(ci.follow_up_date) AS date"
                  "            FROM case_intervention ci"
                  "            WHERE ci.status IN " OPEN_INTERVENTION_STATUSES
                  "              AND ci.case_id IN (SELECT case_id FROM meeting_item"
                  "                                 WHERE meeting_id = ?)"
                  "            GROUP BY ci.case_id) AS due ON due.case_id = c.id"
                  " WHERE mi.meeting_id = ? AND c.deleted_at IS NULL"
                  " ORDER BY mi.position, mi.id",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, meeting_id, error) ||
      !ond_statement_bind_int64 (stmt, 2, meeting_id, error))
    return NULL;

  list = g_list_store_new (OND_TYPE_MEETING_ITEM);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndMeetingItem) item = NULL;
      const char *reason = ond_statement_get_text (stmt, 5);
      const char *reason_label = ond_meeting_reason_label (reason);

      item = g_object_new (OND_TYPE_MEETING_ITEM,
                           "id", ond_statement_get_int64 (stmt, 0),
                           "meeting-id", ond_statement_get_int64 (stmt, 1),
                           "case-id", ond_statement_get_int64 (stmt, 2),
                           "case-reference", ond_statement_get_text (stmt, 3),
                           "position", (guint) ond_statement_get_int64 (stmt, 4),
                           "reason", reason,
                           "reason-label", reason_label != NULL ? reason_label : reason,
                           "status-label", ond_statement_get_text (stmt, 6),
                           "theme-name", ond_statement_get_text (stmt, 7),
                           "subject-name", ond_statement_get_text (stmt, 8),
                           "follow-up-date", ond_statement_get_text (stmt, 9),
                           "decision", ond_statement_get_text (stmt, 10),
                           "decided-at", ond_statement_get_text (stmt, 11),
                           "decided-by", ond_statement_get_text (stmt, 12),
                           NULL);
      ond_meeting_item_set_row_version (item, ond_statement_get_int64 (stmt, 13));
      g_list_store_append (list, item);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_add_meeting_case:
 * @self: a #OndStore
 * @meeting_id: the meeting
 * @case_id: the case to put on its agenda
 * @error: return location for an error
 *
 * Adds @case_id to the agenda of @meeting_id (reason toegevoegd) and logs it. A case that
 * is already on the agenda is refused (%OND_STORE_ERROR_INVALID), and so is a deleted or
 * unknown case or meeting (%OND_STORE_ERROR_NOT_FOUND); nothing is written then.
 *
 * Returns: the id of the new agenda item, or 0 with @error set
 */
gint64
ond_store_add_meeting_case (OndStore  *self,
                            gint64     meeting_id,
                            gint64     case_id,
                            GError   **error)
{
  g_autoptr(OndStatement) on_agenda = NULL;
  g_autoptr(OndStatement) insert = NULL;
  g_autofree char *date = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *what = NULL;
  gboolean has_row = FALSE;
  gint64 item_id = 0;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_begin (self, error))
    return 0;

  if (!read_meeting_date (self, meeting_id, &date, error))
    goto fail;
  shown = ond_date_format (date);

  if (!_ond_store_get_case_state (self, case_id, &reference, NULL, error))
    goto fail;

  on_agenda = _ond_store_prepare (self,
                                  "SELECT id FROM meeting_item WHERE meeting_id = ? AND case_id = ?",
                       error);
  if (on_agenda == NULL ||
      !ond_statement_bind_int64 (on_agenda, 1, meeting_id, error) ||
      !ond_statement_bind_int64 (on_agenda, 2, case_id, error) ||
      !ond_statement_step (on_agenda, &has_row, error))
    goto fail;
  if (has_row)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("Case %s is already on the agenda of the casusoverleg of %s."),
                   reference, shown);
      goto fail;
    }

  insert = _ond_store_prepare (self,
                    "INSERT INTO meeting_item (meeting_id, case_id, position, reason)"
                    " VALUES (?, ?, 0, 'toegevoegd') RETURNING id",
                    error);
  if (insert == NULL ||
      !ond_statement_bind_int64 (insert, 1, meeting_id, error) ||
      !ond_statement_bind_int64 (insert, 2, case_id, error) ||
      !step_int64 (insert, &item_id, error))
    goto fail;
  g_clear_pointer (&insert, ond_statement_free);

  what = g_strdup_printf ("Toegevoegd aan agenda casusoverleg %s", shown);
  if (!renumber_agenda (self, meeting_id, error) ||
      !_ond_store_write_access_log (self, reference, what, error) ||
      !_ond_store_commit (self, error))
    goto fail;

  return item_id;

fail:
  _ond_store_rollback (self);
  return 0;
}

/**
 * ond_store_record_meeting_decision:
 * @self: a #OndStore
 * @item_id: the agenda item
 * @decision: the decision taken in the meeting (required)
 * @error: return location for an error
 *
 * Records @decision on the agenda item (with when and by whom), adds it to the case's
 * history as "Casusoverleg dd-mm-jjjj: <decision>" (the status stays as it is) and logs
 * it, in one transaction. Recording again replaces the item's decision and adds another
 * history entry. A blank decision is refused (%OND_STORE_ERROR_INVALID), as is an item
 * whose case was deleted (%OND_STORE_ERROR_NOT_FOUND); nothing is written then.
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_record_meeting_decision (OndStore    *self,
                                   gint64       item_id,
                                   const char  *decision,
                                   GError     **error)
{
  gint64 unchecked = 0;

  return ond_store_record_meeting_decision_edit (self, item_id, &unchecked, decision, error);
}

/**
 * ond_store_record_meeting_decision_edit:
 * @self: a #OndStore
 * @item_id: the agenda item
 * @row_version: (inout): the row version the item was read with (0: not checked); on
 *   success the version the row has now
 * @decision: the decision
 * @error: return location for an error: as ond_store_record_meeting_decision (), and
 *   %OND_STORE_ERROR_CONFLICT when someone else recorded a decision on the item since
 *
 * Records a decision like ond_store_record_meeting_decision (), but only while the item
 * still has @row_version (ond-store-migration-12.c).
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_record_meeting_decision_edit (OndStore    *self,
                                        gint64       item_id,
                                        gint64      *row_version,
                                        const char  *decision,
                                        GError     **error)
{
  g_autoptr(OndStatement) read_item = NULL;
  g_autoptr(OndStatement) update_item = NULL;
  g_autoptr(OndStatement) touch = NULL;
  g_autofree char *text = NULL;
  g_autofree char *now = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *reference = NULL;
  const char *status_code;
  OndCaseStatus status;
  gboolean has_row = FALSE;
  gint64 case_id = 0;
  gint64 written = 0;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (row_version != NULL && *row_version >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (ond_text_is_blank (decision))
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Write down the decision that was taken."));
      return FALSE;
    }
  text = g_strstrip (g_strdup (decision));

  if (!_ond_store_begin (self, error))
    return FALSE;

  read_item = _ond_store_prepare (self,
                       "SELECT m.date, mi.case_id FROM meeting_item mi"
                       " JOIN meeting m ON m.id = mi.meeting_id"
                       " WHERE mi.id = ?",
                       error);
  if (read_item == NULL ||
      !ond_statement_bind_int64 (read_item, 1, item_id, error) ||
      !ond_statement_step (read_item, &has_row, error))
    goto fail;
  if (has_row)
    case_id = ond_statement_get_int64 (read_item, 1);
  if (case_id == 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("This agenda item or its case does not exist (any more)."));
      goto fail;
    }
  shown = ond_date_format (ond_statement_get_text (read_item, 0));
  g_clear_pointer (&read_item, ond_statement_free);

  /* A hidden (deleted) case fails here with NOT_FOUND. */
  if (!_ond_store_get_case_state (self, case_id, &reference, &status, error))
    goto fail;
  status_code = ond_case_status_to_code (status);

  now = _ond_store_timestamp ();
  update_item = _ond_store_prepare (self,
                         "UPDATE meeting_item SET decision = ?, decided_at = ?, decided_by = ?,"
                         "  row_version = row_version + 1"
                         " WHERE id = ? AND (? = 0 OR row_version = ?) RETURNING row_version",
                         error);
  if (update_item == NULL ||
      !ond_statement_bind_text (update_item, 1, text, error) ||
      !ond_statement_bind_text (update_item, 2, now, error) ||
      !ond_statement_bind_text (update_item, 3, _ond_store_user (self), error) ||
      !ond_statement_bind_int64 (update_item, 4, item_id, error) ||
      !ond_statement_bind_int64 (update_item, 5, *row_version, error) ||
      !ond_statement_bind_int64 (update_item, 6, *row_version, error) ||
      !ond_statement_execute_returning (update_item, &written, error))
    goto fail;
  if (written == 0)
    {
      /* The item is there (read above): someone else recorded a decision since. */
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT,
                           _("Someone else recorded a decision on this agenda item after you "
                             "opened it. Nothing has been saved."));
      goto fail;
    }

  touch = _ond_store_prepare (self, "UPDATE case_file SET updated_at = ?,"
                                  "  row_version = row_version + 1 WHERE id = ?", error);
  if (touch == NULL ||
      !ond_statement_bind_text (touch, 1, now, error) ||
      !ond_statement_bind_int64 (touch, 2, case_id, error) ||
      !ond_statement_execute (touch, error))
    goto fail;

  /* The history entry: the decision does not change the status by itself. */
  reason = g_strdup_printf ("Casusoverleg %s: %s", shown, text);
  if (!_ond_store_write_case_event (self, case_id, status_code, status_code, reason, error) ||
      !_ond_store_write_access_log (self, reference, "Besluit casusoverleg vastgelegd", error) ||
      !_ond_store_commit (self, error))
    goto fail;

  *row_version = written;
  return TRUE;

fail:
  _ond_store_rollback (self);
  return FALSE;
}
