/* ond-store-case-interventions.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Cases of the casusoverleg, part three: a case's history and its interventions from the
 * menukaart. The menukaart rule is enforced here: only a partner marked for the
 * intervention in the matrix (intervention_partner) carries it out, and a retired
 * intervention or partner is not chosen anew (an existing one may stay, so that it can
 * still be marked done).
 */

#define G_LOG_DOMAIN "ond-store-case-interventions"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-event.h"
#include "ond-case-intervention.h"
#include "ond-date.h"
#include "ond-store-cases.h"
#include "ond-store-private.h"
#include "ond-text.h"

/* Text of a column, or NULL for SQL NULL. */
static const char *
nullable_text (OndStatement *stmt,
               int           column)
{
  return ond_statement_get_is_null (stmt, column) ? NULL : ond_statement_get_text (stmt, column);
}

/* Fails with NOT_FOUND unless @case_id is a case that is not hidden. */
static gboolean
check_case_visible (OndStore  *self,
                    gint64     case_id,
                    GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self,
                             "SELECT 1 FROM case_file WHERE id = ? AND deleted_at IS NULL", error);
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
  return TRUE;
}

/**
 * ond_store_list_case_events:
 * @self: a #OndStore
 * @case_id: the case
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of #OndCaseEvent, oldest first, or %NULL with
 *   @error set (%OND_STORE_ERROR_NOT_FOUND for a missing or hidden case)
 */
GListModel *
ond_store_list_case_events (OndStore  *self,
                            gint64     case_id,
                            GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_case_visible (self, case_id, error))
    return NULL;
  stmt = _ond_store_prepare (self,
                  "SELECT e.id, e.case_id, e.at, e.who, e.from_status, fs.label, e.to_status,"
                  "  ts.label, e.reason"
                  " FROM case_event e"
                  " LEFT JOIN case_status fs ON fs.code = e.from_status"
                  " JOIN case_status ts ON ts.code = e.to_status"
                  " WHERE e.case_id = ? ORDER BY e.at, e.id",
                  error);
  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, case_id, error))
    return NULL;

  list = g_list_store_new (OND_TYPE_CASE_EVENT);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndCaseEvent) event =
        ond_case_event_new (ond_statement_get_int64 (stmt, 0),
                            ond_statement_get_int64 (stmt, 1),
                            ond_statement_get_text (stmt, 2),
                            ond_statement_get_text (stmt, 3),
                            nullable_text (stmt, 4),
                            nullable_text (stmt, 5),
                            ond_statement_get_text (stmt, 6),
                            ond_statement_get_text (stmt, 7),
                            ond_statement_get_text (stmt, 8));

      g_list_store_append (list, event);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_list_case_interventions:
 * @self: a #OndStore
 * @case_id: the case
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of #OndCaseIntervention in the order they were
 *   added, or %NULL with @error set
 */
GListModel *
ond_store_list_case_interventions (OndStore  *self,
                                   gint64     case_id,
                                   GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_case_visible (self, case_id, error))
    return NULL;
  stmt = _ond_store_prepare (self,
                  "SELECT ci.id, ci.case_id, ci.intervention_id, i.name, ci.partner_id,"
                  "  p.short_name, ci.planned_date, ci.follow_up_date, ci.status, s.label,"
                  "  ci.note, ci.row_version"
                  " FROM case_intervention ci"
                  " JOIN intervention i ON i.id = ci.intervention_id"
                  " JOIN partner p ON p.id = ci.partner_id"
                  " JOIN intervention_status s ON s.code = ci.status"
                  " WHERE ci.case_id = ? ORDER BY ci.id",
                  error);
  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, case_id, error))
    return NULL;

  list = g_list_store_new (OND_TYPE_CASE_INTERVENTION);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndCaseIntervention) item =
        ond_case_intervention_new (ond_statement_get_int64 (stmt, 0),
                                   ond_statement_get_int64 (stmt, 1),
                                   ond_statement_get_int64 (stmt, 2),
                                   ond_statement_get_text (stmt, 3),
                                   ond_statement_get_int64 (stmt, 4),
                                   ond_statement_get_text (stmt, 5),
                                   nullable_text (stmt, 6),
                                   nullable_text (stmt, 7),
                                   ond_statement_get_text (stmt, 8),
                                   ond_statement_get_text (stmt, 9),
                                   ond_statement_get_text (stmt, 10),
                                   ond_statement_get_int64 (stmt, 11));

      g_list_store_append (list, item);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Checks the menukaart rule for @partner_id carrying out @intervention_id and finds their
 * names. @keep_retired: the pair the row has now, which may stay even if either was retired,
 * or the matrix no longer marks the partner for the intervention, since. */
static gboolean
check_menukaart (OndStore    *self,
                 gint64       intervention_id,
                 gint64       partner_id,
                 gboolean     keep_retired,
                 char       **intervention_name,
                 char       **partner_name,
                 GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT name, retired FROM intervention WHERE id = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, intervention_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("The chosen intervention is not on the menukaart."));
      return FALSE;
    }
  *intervention_name = g_strdup (ond_statement_get_text (stmt, 0));
  if (ond_statement_get_int64 (stmt, 1) != 0 && !keep_retired)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("The intervention “%s” is no longer in use."), *intervention_name);
      return FALSE;
    }
  g_clear_pointer (&stmt, ond_statement_free);

  stmt = _ond_store_prepare (self, "SELECT short_name, retired FROM partner WHERE id = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, partner_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("The chosen partner does not exist."));
      return FALSE;
    }
  *partner_name = g_strdup (ond_statement_get_text (stmt, 0));
  if (ond_statement_get_int64 (stmt, 1) != 0 && !keep_retired)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("The partner “%s” no longer takes part."), *partner_name);
      return FALSE;
    }
  g_clear_pointer (&stmt, ond_statement_free);
  if (keep_retired)
    return TRUE;

  stmt = _ond_store_prepare (self,
                  "SELECT 1 FROM intervention_partner WHERE intervention_id = ? AND partner_id = ?",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, intervention_id, error) ||
      !ond_statement_bind_int64 (stmt, 2, partner_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      /* Translators: the first %s is a partner ("Politie"), the second an intervention. */
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("According to the menukaart, “%s” does not carry out “%s”."),
                   *partner_name, *intervention_name);
      return FALSE;
    }
  return TRUE;
}

/* Checks the status code and the dates of an intervention; the dates come back as ISO or
 * NULL. */
static gboolean
check_details (OndStore    *self,
               const char  *status,
               const char  *planned_date,
               const char  *follow_up_date,
               char       **planned_iso,
               char       **follow_up_iso,
               GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT 1 FROM intervention_status WHERE code = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, status, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("“%s” is not a status of an intervention."), status);
      return FALSE;
    }
  if (!ond_text_is_blank (planned_date) &&
      !ond_date_parse (planned_date, planned_iso, &local_error))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("The planned date is not a valid date: %s"), local_error->message);
      return FALSE;
    }
  if (!ond_text_is_blank (follow_up_date) &&
      !ond_date_parse (follow_up_date, follow_up_iso, &local_error))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("The follow-up date is not a valid date: %s"), local_error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
bind_optional_text (OndStatement  *stmt,
                    int            position,
                    const char    *value,
                    GError       **error)
{
  if (value == NULL)
    return ond_statement_bind_null (stmt, position, error);
  return ond_statement_bind_text (stmt, position, value, error);
}

static gint64
add_intervention (OndStore    *self,
                  gint64       case_id,
                  gint64       intervention_id,
                  gint64       partner_id,
                  const char  *planned_date,
                  const char  *follow_up_date,
                  const char  *status,
                  const char  *note,
                  GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *intervention_name = NULL;
  g_autofree char *partner_name = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *follow_up = NULL;
  g_autofree char *clean_note = NULL;
  g_autofree char *what = NULL;
  OndCaseStatus case_status;
  gint64 id;

  if (!_ond_store_get_case_state (self, case_id, &reference, &case_status, error))
    return 0;
  if (!ond_case_status_is_open (case_status))
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("A case that is “%s” gets no new interventions."),
                   ond_case_status_label (case_status));
      return 0;
    }
  if (!check_menukaart (self, intervention_id, partner_id, FALSE,
                        &intervention_name, &partner_name, error) ||
      !check_details (self, status, planned_date, follow_up_date, &planned, &follow_up, error))
    return 0;

  clean_note = g_strstrip (g_strdup (note != NULL ? note : ""));
  stmt = _ond_store_prepare (self,
                  "INSERT INTO case_intervention (case_id, intervention_id, partner_id,"
                  "  planned_date, follow_up_date, status, note) VALUES (?, ?, ?, ?, ?, ?, ?)"
                  " RETURNING id",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, case_id, error) ||
      !ond_statement_bind_int64 (stmt, 2, intervention_id, error) ||
      !ond_statement_bind_int64 (stmt, 3, partner_id, error) ||
      !bind_optional_text (stmt, 4, planned, error) ||
      !bind_optional_text (stmt, 5, follow_up, error) ||
      !ond_statement_bind_text (stmt, 6, status, error) ||
      !ond_statement_bind_text (stmt, 7, clean_note, error) ||
      (id = ond_statement_insert (stmt, error)) == 0)
    return 0;

  what = g_strdup_printf ("Interventie toegevoegd: %s (%s)", intervention_name, partner_name);
  if (!_ond_store_write_access_log (self, reference, what, error))
    return 0;
  return id;
}

/**
 * ond_store_add_case_intervention:
 * @self: a #OndStore
 * @case_id: an open case
 * @intervention_id: an intervention of the menukaart (not retired)
 * @partner_id: a partner marked for it in the matrix (not retired)
 * @planned_date: (nullable): ISO or dd-mm-jjjj
 * @follow_up_date: (nullable): ISO or dd-mm-jjjj
 * @status: (nullable): gepland, lopend, gereed or geannuleerd (%NULL = gepland)
 * @note: (nullable): a note
 * @error: return location for an error
 *
 * Adds an intervention to a case. Anything against the menukaart (a partner not marked for
 * the intervention, an unknown or retired one) is refused with %OND_STORE_ERROR_INVALID
 * and nothing is written. Logged.
 *
 * Returns: the id of the new row, or 0 with @error set
 */
gint64
ond_store_add_case_intervention (OndStore    *self,
                                 gint64       case_id,
                                 gint64       intervention_id,
                                 gint64       partner_id,
                                 const char  *planned_date,
                                 const char  *follow_up_date,
                                 const char  *status,
                                 const char  *note,
                                 GError     **error)
{
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_ond_store_begin (self, error))
    return 0;
  id = add_intervention (self, case_id, intervention_id, partner_id, planned_date,
                         follow_up_date, status != NULL ? status : "gepland", note, error);
  if (id == 0)
    {
      _ond_store_rollback (self);
      return 0;
    }
  if (!_ond_store_commit (self, error))
    return 0;
  return id;
}

/* @row_version: the version the edit was opened with, 0 = not checked. */
static gboolean
update_intervention (OndStore    *self,
                     gint64       case_intervention_id,
                     gint64       row_version,
                     gint64       partner_id,
                     const char  *planned_date,
                     const char  *follow_up_date,
                     const char  *status,
                     const char  *note,
                     GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *intervention_name = NULL;
  g_autofree char *partner_name = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *follow_up = NULL;
  g_autofree char *clean_note = NULL;
  g_autofree char *what = NULL;
  gint64 case_id, intervention_id, current_partner_id;
  gboolean has_row;

  stmt = _ond_store_prepare (self,
                  "SELECT case_id, intervention_id, partner_id FROM case_intervention"
                  " WHERE id = ?",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, case_intervention_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The intervention of the case does not exist (any more)."));
      return FALSE;
    }
  case_id = ond_statement_get_int64 (stmt, 0);
  intervention_id = ond_statement_get_int64 (stmt, 1);
  current_partner_id = ond_statement_get_int64 (stmt, 2);
  g_clear_pointer (&stmt, ond_statement_free);

  if (!_ond_store_get_case_state (self, case_id, &reference, NULL, error) ||
      !check_menukaart (self, intervention_id, partner_id, partner_id == current_partner_id,
                        &intervention_name, &partner_name, error) ||
      !check_details (self, status, planned_date, follow_up_date, &planned, &follow_up, error))
    return FALSE;

  clean_note = g_strstrip (g_strdup (note != NULL ? note : ""));
  /* As a case (ond-store-cases.c): an edit opened earlier changes the row only while it
   * still has the version read then; every change adds 1. */
  stmt = _ond_store_prepare (self,
                  "UPDATE case_intervention SET partner_id = ?, planned_date = ?,"
                  "  follow_up_date = ?, status = ?, note = ?, row_version = row_version + 1"
                  " WHERE id = ? AND (? = 0 OR row_version = ?)",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, partner_id, error) ||
      !bind_optional_text (stmt, 2, planned, error) ||
      !bind_optional_text (stmt, 3, follow_up, error) ||
      !ond_statement_bind_text (stmt, 4, status, error) ||
      !ond_statement_bind_text (stmt, 5, clean_note, error) ||
      !ond_statement_bind_int64 (stmt, 6, case_intervention_id, error) ||
      !ond_statement_bind_int64 (stmt, 7, row_version, error) ||
      !ond_statement_bind_int64 (stmt, 8, row_version, error) ||
      !ond_statement_execute (stmt, error))
    return FALSE;
  if (ond_statement_get_changes (stmt) == 0)
    {
      /* The row is there (read above, in this transaction): its version moved on. */
      /* Translators: “%s” is an intervention of the menukaart, %s a case reference. */
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT,
                   _("Someone else changed the intervention “%s” of case %s after you opened "
                     "it. Nothing has been saved."), intervention_name, reference);
      return FALSE;
    }

  what = g_strdup_printf ("Interventie gewijzigd: %s (%s)", intervention_name, partner_name);
  return _ond_store_write_access_log (self, reference, what, error);
}

/**
 * ond_store_update_case_intervention:
 * @self: a #OndStore
 * @case_intervention_id: the row of the case's intervention
 * @partner_id: the partner (the menukaart rule applies; the current partner may stay even
 *   when it has retired since, or the matrix no longer marks it for the intervention)
 * @planned_date: (nullable): ISO or dd-mm-jjjj
 * @follow_up_date: (nullable): ISO or dd-mm-jjjj
 * @status: (nullable): gepland, lopend, gereed or geannuleerd (%NULL = gepland)
 * @note: (nullable): a note
 * @error: return location for an error
 *
 * Returns: %TRUE on success; on error nothing was written
 */
gboolean
ond_store_update_case_intervention (OndStore    *self,
                                    gint64       case_intervention_id,
                                    gint64       partner_id,
                                    const char  *planned_date,
                                    const char  *follow_up_date,
                                    const char  *status,
                                    const char  *note,
                                    GError     **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!update_intervention (self, case_intervention_id, 0, partner_id, planned_date,
                            follow_up_date, status != NULL ? status : "gepland", note, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

/**
 * ond_store_save_case_intervention_edit:
 * @self: a #OndStore
 * @opened: the case's intervention as it was read when the edit form opened
 * @partner_id: the partner (the rules of ond_store_update_case_intervention())
 * @planned_date: (nullable): ISO or dd-mm-jjjj
 * @follow_up_date: (nullable): ISO or dd-mm-jjjj
 * @status: (nullable): gepland, lopend, gereed or geannuleerd (%NULL = gepland)
 * @note: (nullable): a note
 * @error: return location for an error
 *
 * Saves an edit of a case's intervention like ond_store_update_case_intervention(), but only
 * while the row still has the row version of @opened: when someone else changed it since,
 * %OND_STORE_ERROR_CONFLICT (read it again, ond_store_compare_case_intervention_edit()).
 *
 * Returns: %TRUE on success; on error nothing was written
 */
gboolean
ond_store_save_case_intervention_edit (OndStore             *self,
                                       OndCaseIntervention  *opened,
                                       gint64                partner_id,
                                       const char           *planned_date,
                                       const char           *follow_up_date,
                                       const char           *status,
                                       const char           *note,
                                       GError              **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (OND_IS_CASE_INTERVENTION (opened), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!update_intervention (self, ond_case_intervention_get_id (opened),
                            ond_case_intervention_get_row_version (opened), partner_id,
                            planned_date, follow_up_date, status != NULL ? status : "gepland",
                            note, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}
