/* ond-store-register-lists.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The registers of "Controles & maatregelen", part two: the lists of controls, measures,
 * stop talks and activities, newest first (date, then id, descending), with the labels of
 * their codes, the names of what they refer to and their row versions
 * (ond-store-migration-11.c). A measure shows the reference of its case, never anything else
 * of it. Reading only: works on a read-only store.
 */

#define G_LOG_DOMAIN "ond-store-registers"

#include "config.h"

#include "ond-store-registers-private.h"

/* The partners present at each control, by control id, in the order of the partner list. */
static GHashTable *
read_control_partners (OndStore  *self,
                       GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (self,
                  "SELECT cp.control_id, p.id, p.short_name FROM control_partner cp"
                  " JOIN partner p ON p.id = cp.partner_id"
                  " ORDER BY cp.control_id, p.position, p.id",
                  error);
  if (stmt == NULL)
    return NULL;
  return _ond_store_read_members (stmt, error);
}

/**
 * ond_store_list_controls:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of #OndControl, newest first, with the kind
 *   label, the area name and the partners present, or %NULL with @error set
 */
GListModel *
ond_store_list_controls (OndStore  *self,
                         GError   **error)
{
  g_autoptr(GHashTable) partners = NULL;
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  partners = read_control_partners (self, error);
  if (partners == NULL)
    return NULL;
  stmt = _ond_store_prepare (self,
                  "SELECT c.id, c.date, c.kind, k.label, coalesce(c.area_id, 0), a.name,"
                  "  c.businesses, c.signals, c.note, c.row_version"
                  " FROM control c"
                  " JOIN control_kind k ON k.code = c.kind"
                  " LEFT JOIN area a ON a.id = c.area_id"
                  " ORDER BY c.date DESC, c.id DESC",
                  error);
  if (stmt == NULL)
    return NULL;
  list = g_list_store_new (OND_TYPE_CONTROL);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      gint64 id = ond_statement_get_int64 (stmt, 0);
      OndStoreMembers *present = g_hash_table_lookup (partners, &id);
      g_autoptr(OndControl) control = NULL;

      control = ond_control_new (id,
                                 ond_statement_get_text (stmt, 1),
                                 ond_statement_get_text (stmt, 2),
                                 ond_statement_get_text (stmt, 3),
                                 ond_statement_get_int64 (stmt, 4),
                                 ond_statement_get_text (stmt, 5),
                                 ond_statement_get_int64 (stmt, 6),
                                 ond_statement_get_int64 (stmt, 7),
                                 present != NULL ? (const gint64 *) present->ids->data : NULL,
                                 present != NULL ? present->ids->len : 0,
                                 present != NULL ? present->names->str : NULL,
                                 ond_statement_get_text (stmt, 8));
      ond_control_set_row_version (control, ond_statement_get_int64 (stmt, 9));
      g_list_store_append (list, control);
    }
  return ok ? G_LIST_MODEL (g_steal_pointer (&list)) : NULL;
}

/**
 * ond_store_list_measures:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of #OndMeasure, newest first, with the kind and
 *   domain labels, the area name and the case reference, or %NULL with @error set
 */
GListModel *
ond_store_list_measures (OndStore  *self,
                         GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                  "SELECT m.id, m.date, m.kind, k.label, m.domain, d.label, m.legal_basis,"
                  "  coalesce(m.area_id, 0), a.name, coalesce(m.case_id, 0), cf.reference,"
                  "  m.row_version"
                  " FROM measure m"
                  " JOIN measure_kind k ON k.code = m.kind"
                  " JOIN measure_domain d ON d.code = m.domain"
                  " LEFT JOIN area a ON a.id = m.area_id"
                  " LEFT JOIN case_file cf ON cf.id = m.case_id"
                  " ORDER BY m.date DESC, m.id DESC",
                  error);
  if (stmt == NULL)
    return NULL;
  list = g_list_store_new (OND_TYPE_MEASURE);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndMeasure) measure = NULL;

      measure = ond_measure_new (ond_statement_get_int64 (stmt, 0),
                                 ond_statement_get_text (stmt, 1),
                                 ond_statement_get_text (stmt, 2),
                                 ond_statement_get_text (stmt, 3),
                                 ond_statement_get_text (stmt, 4),
                                 ond_statement_get_text (stmt, 5),
                                 ond_statement_get_text (stmt, 6),
                                 ond_statement_get_int64 (stmt, 7),
                                 ond_statement_get_text (stmt, 8),
                                 ond_statement_get_int64 (stmt, 9),
                                 ond_statement_get_text (stmt, 10));
      ond_measure_set_row_version (measure, ond_statement_get_int64 (stmt, 11));
      g_list_store_append (list, measure);
    }
  return ok ? G_LIST_MODEL (g_steal_pointer (&list)) : NULL;
}

/**
 * ond_store_list_stop_talks:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of #OndStopTalk, newest first, with the area
 *   name, or %NULL with @error set
 */
GListModel *
ond_store_list_stop_talks (OndStore  *self,
                           GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                  "SELECT s.id, s.date, s.branch, s.maatwerk, coalesce(s.area_id, 0), a.name,"
                  "  s.row_version"
                  " FROM stop_talk s"
                  " LEFT JOIN area a ON a.id = s.area_id"
                  " ORDER BY s.date DESC, s.id DESC",
                  error);
  if (stmt == NULL)
    return NULL;
  list = g_list_store_new (OND_TYPE_STOP_TALK);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndStopTalk) stop_talk = NULL;

      stop_talk = ond_stop_talk_new (ond_statement_get_int64 (stmt, 0),
                                     ond_statement_get_text (stmt, 1),
                                     ond_statement_get_text (stmt, 2),
                                     ond_statement_get_int64 (stmt, 3) != 0,
                                     ond_statement_get_int64 (stmt, 4),
                                     ond_statement_get_text (stmt, 5));
      ond_stop_talk_set_row_version (stop_talk, ond_statement_get_int64 (stmt, 6));
      g_list_store_append (list, stop_talk);
    }
  return ok ? G_LIST_MODEL (g_steal_pointer (&list)) : NULL;
}

/**
 * ond_store_list_activities:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of #OndActivity, newest first, with the kind
 *   label, the theme name, the planning row's "what" and the area name, or %NULL with
 *   @error set
 */
GListModel *
ond_store_list_activities (OndStore  *self,
                           GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                  "SELECT v.id, v.date, v.kind, k.label, coalesce(v.theme_id, 0), t.name,"
                  "  coalesce(v.plan_item_id, 0), pi.what, coalesce(v.area_id, 0), a.name,"
                  "  v.note, v.row_version"
                  " FROM activity v"
                  " JOIN activity_kind k ON k.code = v.kind"
                  " LEFT JOIN theme t ON t.id = v.theme_id"
                  " LEFT JOIN plan_item pi ON pi.id = v.plan_item_id"
                  " LEFT JOIN area a ON a.id = v.area_id"
                  " ORDER BY v.date DESC, v.id DESC",
                  error);
  if (stmt == NULL)
    return NULL;
  list = g_list_store_new (OND_TYPE_ACTIVITY);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndActivity) activity = NULL;

      activity = ond_activity_new (ond_statement_get_int64 (stmt, 0),
                                   ond_statement_get_text (stmt, 1),
                                   ond_statement_get_text (stmt, 2),
                                   ond_statement_get_text (stmt, 3),
                                   ond_statement_get_int64 (stmt, 4),
                                   ond_statement_get_text (stmt, 5),
                                   ond_statement_get_int64 (stmt, 6),
                                   ond_statement_get_text (stmt, 7),
                                   ond_statement_get_int64 (stmt, 8),
                                   ond_statement_get_text (stmt, 9),
                                   ond_statement_get_text (stmt, 10));
      ond_activity_set_row_version (activity, ond_statement_get_int64 (stmt, 11));
      g_list_store_append (list, activity);
    }
  return ok ? G_LIST_MODEL (g_steal_pointer (&list)) : NULL;
}
