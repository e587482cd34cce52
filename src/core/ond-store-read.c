/* ond-store-read.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The read side of OndStore: the plan and its content as GListStores of model objects, in
 * the plan's own order, with the labels of the closed vocabularies joined in.
 */

#define G_LOG_DOMAIN "ond-store-read"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action.h"
#include "ond-area.h"
#include "ond-budget-line.h"
#include "ond-funding.h"
#include "ond-indicator.h"
#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-pillar.h"
#include "ond-plan.h"
#include "ond-plan-item.h"
#include "ond-store-private.h"
#include "ond-theme.h"

static void
members_free (gpointer data)
{
  OndStoreMembers *members = data;

  g_array_unref (members->ids);
  g_string_free (members->names, TRUE);
  g_free (members);
}

static OndStoreMembers *
members_lookup (GHashTable *table,
                gint64      key)
{
  OndStoreMembers *members = g_hash_table_lookup (table, &key);

  if (members == NULL)
    {
      members = g_new0 (OndStoreMembers, 1);
      members->key = key;
      members->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      members->names = g_string_new (NULL);
      g_hash_table_insert (table, &members->key, members);
    }
  return members;
}

/* Prepares @sql and binds @plan_id to its first parameter. */
static OndStatement *
prepare_for_plan (OndStore    *self,
                  const char  *sql,
                  gint64       plan_id,
                  GError     **error)
{
  g_autoptr(OndStatement) stmt = _ond_store_prepare (self, sql, error);

  if (stmt == NULL || !ond_statement_bind_int64 (stmt, 1, plan_id, error))
    return NULL;
  return g_steal_pointer (&stmt);
}

/**
 * _ond_store_read_members:
 * @stmt: a statement whose rows are (key, partner id, partner short name), grouped by key
 *   in the order the names are to be shown
 * @error: return location for an error
 *
 * Reads the partners of a theme (its owners), an intervention (the menukaart's crosses), a
 * funding row (its lines) or a control (the partners present).
 *
 * Returns: (transfer full): a table from the key (gint64) to its #OndStoreMembers, or
 *   %NULL with @error set
 */
GHashTable *
_ond_store_read_members (OndStatement  *stmt,
                         GError       **error)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                       members_free);
  gboolean has_row;
  gboolean ok;

  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      OndStoreMembers *members = members_lookup (table, ond_statement_get_int64 (stmt, 0));
      gint64 partner_id = ond_statement_get_int64 (stmt, 1);

      g_array_append_val (members->ids, partner_id);
      if (members->names->len > 0)
        g_string_append (members->names, ", ");
      g_string_append (members->names, ond_statement_get_text (stmt, 2));
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&table);
}

static OndPlan *
read_plan (OndStatement *stmt)
{
  return ond_plan_new (ond_statement_get_int64 (stmt, 0),
                       ond_statement_get_text (stmt, 1),
                       (int) ond_statement_get_int64 (stmt, 2),
                       (int) ond_statement_get_int64 (stmt, 3),
                       ond_statement_get_text (stmt, 4),
                       ond_statement_get_text (stmt, 5));
}

#define PLAN_COLUMNS "id, title, first_year, last_year, objective, state"

/**
 * ond_store_dup_current_plan:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Finds the plan that the window shows and the exports use: the one in state "current"
 * (the latest of them, should there be more), else the latest plan of any state.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set (%OND_STORE_ERROR_NOT_FOUND
 *   when the database holds no plan)
 */
OndPlan *
ond_store_dup_current_plan (OndStore  *self,
                            GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                  "SELECT " PLAN_COLUMNS " FROM plan"
                  " ORDER BY state = 'current' DESC, last_year DESC, first_year DESC, id DESC"
                  " LIMIT 1",
                  error);
  if (stmt == NULL || !ond_statement_step (stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The database holds no plan"));
      return NULL;
    }
  return read_plan (stmt);
}

/**
 * ond_store_list_plans:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of every #OndPlan, oldest period first, or %NULL
 *   with @error set
 */
GListModel *
ond_store_list_plans (OndStore  *self,
                      GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                  "SELECT " PLAN_COLUMNS " FROM plan ORDER BY first_year, last_year, id",
                  error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (OND_TYPE_PLAN);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndPlan) plan = read_plan (stmt);

      g_list_store_append (list, plan);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_list_pillars:
 * @self: a #OndStore
 * @plan_id: the id of a plan
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of the #OndPillar<!-- -->s of the plan by number,
 *   or %NULL with @error set
 */
GListModel *
ond_store_list_pillars (OndStore  *self,
                        gint64     plan_id,
                        GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare_for_plan (self,
                           "SELECT id, number, name, objective, description FROM pillar"
                           " WHERE plan_id = ? ORDER BY number, id",
                           plan_id, error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (OND_TYPE_PILLAR);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndPillar) pillar = NULL;

      pillar = ond_pillar_new (ond_statement_get_int64 (stmt, 0),
                               (int) ond_statement_get_int64 (stmt, 1),
                               ond_statement_get_text (stmt, 2),
                               ond_statement_get_text (stmt, 3),
                               ond_statement_get_text (stmt, 4));
      g_list_store_append (list, pillar);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_list_actions:
 * @self: a #OndStore
 * @plan_id: the id of a plan
 * @error: return location for an error
 *
 * Lists the actions of a plan in the order of the plan text: by pillar; within a pillar its
 * own actions first, then those of each theme in the themes' order; then by position. Each
 * action carries its latest progress note (the newest date; of one day the last written)
 * and the ids of its linked planning rows, in the planning's order.
 *
 * Returns: (transfer full): a #GListModel of #OndAction, or %NULL with @error set
 */
GListModel *
ond_store_list_actions (OndStore  *self,
                        gint64     plan_id,
                        GError   **error)
{
  g_autoptr(OndStatement) links_stmt = NULL;
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GHashTable) links = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  links_stmt = prepare_for_plan (self,
                                 "SELECT l.action_id, i.id, i.what"
                                 " FROM action_plan_item AS l"
                                 " JOIN action AS a ON a.id = l.action_id"
                                 " JOIN plan_item AS i ON i.id = l.plan_item_id"
                                 " JOIN period AS d ON d.code = i.period"
                                 " WHERE a.plan_id = ?"
                                 " ORDER BY l.action_id, i.year, d.position, i.position, i.id",
                                 plan_id, error);
  if (links_stmt == NULL || (links = _ond_store_read_members (links_stmt, error)) == NULL)
    return NULL;

  stmt = prepare_for_plan (self,
                           "SELECT a.id, a.pillar_id, p.number, a.theme_id, t.name,"
                           "       a.group_heading, a.position, a.text, a.status, s.label,"
                           "       a.owner_id, o.name, g.date, g.note, a.row_version"
                           " FROM action AS a"
                           " JOIN pillar AS p ON p.id = a.pillar_id"
                           " JOIN work_status AS s ON s.code = a.status"
                           " LEFT JOIN theme AS t ON t.id = a.theme_id"
                           " LEFT JOIN partner AS o ON o.id = a.owner_id"
                           " LEFT JOIN action_progress AS g"
                           "   ON g.id = (SELECT id FROM action_progress"
                           "              WHERE action_id = a.id"
                           "              ORDER BY date DESC, id DESC LIMIT 1)"
                           " WHERE a.plan_id = ?"
                           " ORDER BY p.number, a.theme_id IS NOT NULL, t.position, t.id,"
                           "          a.position, a.id",
                           plan_id, error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (OND_TYPE_ACTION);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndAction) action = NULL;
      gint64 id = ond_statement_get_int64 (stmt, 0);
      OndStoreMembers *members = g_hash_table_lookup (links, &id);

      action = ond_action_new (id,
                               ond_statement_get_int64 (stmt, 1),
                               (int) ond_statement_get_int64 (stmt, 2),
                               ond_statement_get_int64 (stmt, 3),
                               ond_statement_get_text (stmt, 4),
                               ond_statement_get_text (stmt, 5),
                               (int) ond_statement_get_int64 (stmt, 6),
                               ond_statement_get_text (stmt, 7),
                               ond_statement_get_text (stmt, 8),
                               ond_statement_get_text (stmt, 9),
                               ond_statement_get_int64 (stmt, 10),
                               ond_statement_get_text (stmt, 11));
      ond_action_set_latest_progress (action, ond_statement_get_text (stmt, 12),
                                      ond_statement_get_text (stmt, 13));
      ond_action_set_row_version (action, ond_statement_get_int64 (stmt, 14));
      if (members != NULL)
        ond_action_set_plan_item_ids (action, (const gint64 *) members->ids->data,
                                      members->ids->len);
      g_list_store_append (list, action);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_list_themes:
 * @self: a #OndStore
 * @plan_id: the id of a plan
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of the #OndTheme<!-- -->s of the plan in its order,
 *   each with its owners, or %NULL with @error set
 */
GListModel *
ond_store_list_themes (OndStore  *self,
                       gint64     plan_id,
                       GError   **error)
{
  g_autoptr(OndStatement) owners_stmt = NULL;
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GHashTable) owners = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  owners_stmt = prepare_for_plan (self,
                                  "SELECT o.theme_id, p.id, p.short_name"
                                  " FROM theme_owner AS o"
                                  " JOIN theme AS t ON t.id = o.theme_id"
                                  " JOIN partner AS p ON p.id = o.partner_id"
                                  " WHERE t.plan_id = ?"
                                  " ORDER BY o.theme_id, o.position, p.position, p.id",
                                  plan_id, error);
  if (owners_stmt == NULL || (owners = _ond_store_read_members (owners_stmt, error)) == NULL)
    return NULL;

  stmt = prepare_for_plan (self,
                           "SELECT id, position, name, short_name, description, row_version"
                           " FROM theme"
                           " WHERE plan_id = ? ORDER BY position, id",
                           plan_id, error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (OND_TYPE_THEME);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndTheme) theme = NULL;
      gint64 id = ond_statement_get_int64 (stmt, 0);
      OndStoreMembers *members = g_hash_table_lookup (owners, &id);

      theme = ond_theme_new (id,
                             (int) ond_statement_get_int64 (stmt, 1),
                             ond_statement_get_text (stmt, 2),
                             ond_statement_get_text (stmt, 3),
                             ond_statement_get_text (stmt, 4),
                             members != NULL ? members->names->str : "",
                             members != NULL ? (const gint64 *) members->ids->data : NULL,
                             members != NULL ? members->ids->len : 0);
      ond_theme_set_row_version (theme, ond_statement_get_int64 (stmt, 5));
      g_list_store_append (list, theme);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_list_partners:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of every #OndPartner, retired ones included, in
 *   the list's order, or %NULL with @error set
 */
GListModel *
ond_store_list_partners (OndStore  *self,
                         GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                  "SELECT p.id, p.name, p.short_name, p.kind, k.label, p.regiegroep,"
                  "       p.contact_role, p.retired, p.position, p.row_version"
                  " FROM partner AS p"
                  " JOIN partner_kind AS k ON k.code = p.kind"
                  " ORDER BY p.position, p.id",
                  error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (OND_TYPE_PARTNER);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndPartner) partner = NULL;

      partner = ond_partner_new (ond_statement_get_int64 (stmt, 0),
                                 ond_statement_get_text (stmt, 1),
                                 ond_statement_get_text (stmt, 2),
                                 ond_statement_get_text (stmt, 3),
                                 ond_statement_get_text (stmt, 4),
                                 ond_statement_get_int64 (stmt, 5) != 0,
                                 ond_statement_get_text (stmt, 6),
                                 ond_statement_get_int64 (stmt, 7) != 0,
                                 (int) ond_statement_get_int64 (stmt, 8));
      ond_partner_set_row_version (partner, ond_statement_get_int64 (stmt, 9));
      g_list_store_append (list, partner);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_list_interventions:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Lists the interventie menukaart: every intervention, retired ones included, in the
 * menukaart's order, each with the partners that can carry it out.
 *
 * Returns: (transfer full): a #GListModel of #OndIntervention, or %NULL with @error set
 */
GListModel *
ond_store_list_interventions (OndStore  *self,
                              GError   **error)
{
  g_autoptr(OndStatement) partners_stmt = NULL;
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GHashTable) partners = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  partners_stmt = _ond_store_prepare (self,
                           "SELECT ip.intervention_id, p.id, p.short_name"
                           " FROM intervention_partner AS ip"
                           " JOIN partner AS p ON p.id = ip.partner_id"
                           " ORDER BY ip.intervention_id, p.position, p.id",
                           error);
  if (partners_stmt == NULL || (partners = _ond_store_read_members (partners_stmt, error)) == NULL)
    return NULL;

  stmt = _ond_store_prepare (self,
                  "SELECT id, name, position, retired, row_version FROM intervention"
                  " ORDER BY position, id",
                  error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (OND_TYPE_INTERVENTION);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndIntervention) intervention = NULL;
      gint64 id = ond_statement_get_int64 (stmt, 0);
      OndStoreMembers *members = g_hash_table_lookup (partners, &id);

      intervention =
        ond_intervention_new (id,
                              ond_statement_get_text (stmt, 1),
                              (int) ond_statement_get_int64 (stmt, 2),
                              ond_statement_get_int64 (stmt, 3) != 0,
                              members != NULL ? members->names->str : "",
                              members != NULL ? (const gint64 *) members->ids->data : NULL,
                              members != NULL ? members->ids->len : 0);
      ond_intervention_set_row_version (intervention, ond_statement_get_int64 (stmt, 4));
      g_list_store_append (list, intervention);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

static void
string_free (gpointer data)
{
  g_string_free (data, TRUE);
}

/* Appends "10 integrale controles" to @out: the value, then the description with its first
 * letter in lower case when it starts an ordinary word (not an abbreviation like "MMA"). */
static void
append_target (GString    *out,
               gint64      value,
               const char *description)
{
  if (out->len > 0)
    g_string_append (out, "; ");
  g_string_append_printf (out, "%" G_GINT64_FORMAT " ", value);
  if (g_ascii_isupper (description[0]) && g_ascii_islower (description[1]))
    {
      g_string_append_c (out, g_ascii_tolower (description[0]));
      g_string_append (out, description + 1);
    }
  else
    g_string_append (out, description);
}

/**
 * ond_store_list_plan_items:
 * @self: a #OndStore
 * @plan_id: the id of a plan
 * @error: return location for an error
 *
 * Lists the planning of a plan: by year, then by period (Q1, Q2, Q3, Q4, Q3+4, doorlopend),
 * then by position. Each item carries its stated targets as one display string.
 *
 * Returns: (transfer full): a #GListModel of #OndPlanItem, or %NULL with @error set
 */
GListModel *
ond_store_list_plan_items (OndStore  *self,
                           gint64     plan_id,
                           GError   **error)
{
  g_autoptr(OndStatement) targets_stmt = NULL;
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GHashTable) targets = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  targets_stmt = prepare_for_plan (self,
                                   "SELECT g.plan_item_id, g.value, g.description"
                                   " FROM target AS g"
                                   " JOIN plan_item AS i ON i.id = g.plan_item_id"
                                   " WHERE i.plan_id = ?"
                                   " ORDER BY g.plan_item_id, g.id",
                                   plan_id, error);
  if (targets_stmt == NULL)
    return NULL;
  targets = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, string_free);
  while ((ok = ond_statement_step (targets_stmt, &has_row, error)) && has_row)
    {
      gint64 item_id = ond_statement_get_int64 (targets_stmt, 0);
      GString *text = g_hash_table_lookup (targets, &item_id);

      if (text == NULL)
        {
          text = g_string_new (NULL);
          g_hash_table_insert (targets, g_memdup2 (&item_id, sizeof item_id), text);
        }
      append_target (text,
                     ond_statement_get_int64 (targets_stmt, 1),
                     ond_statement_get_text (targets_stmt, 2));
    }
  if (!ok)
    return NULL;

  stmt = prepare_for_plan (self,
                           "SELECT i.id, i.year, i.period, d.label, i.position, i.what, i.who,"
                           "       i.theme_id, t.name, i.status, s.label, i.recurring,"
                           "       i.row_version"
                           " FROM plan_item AS i"
                           " JOIN period AS d ON d.code = i.period"
                           " JOIN work_status AS s ON s.code = i.status"
                           " LEFT JOIN theme AS t ON t.id = i.theme_id"
                           " WHERE i.plan_id = ?"
                           " ORDER BY i.year, d.position, i.position, i.id",
                           plan_id, error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (OND_TYPE_PLAN_ITEM);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndPlanItem) item = NULL;
      gint64 id = ond_statement_get_int64 (stmt, 0);
      GString *text = g_hash_table_lookup (targets, &id);

      item = ond_plan_item_new (id,
                                (int) ond_statement_get_int64 (stmt, 1),
                                ond_statement_get_text (stmt, 2),
                                ond_statement_get_text (stmt, 3),
                                (int) ond_statement_get_int64 (stmt, 4),
                                ond_statement_get_text (stmt, 5),
                                ond_statement_get_text (stmt, 6),
                                ond_statement_get_int64 (stmt, 7),
                                ond_statement_get_text (stmt, 8),
                                ond_statement_get_text (stmt, 9),
                                ond_statement_get_text (stmt, 10),
                                text != NULL ? text->str : "",
                                ond_statement_get_int64 (stmt, 11) != 0);
      ond_plan_item_set_row_version (item, ond_statement_get_int64 (stmt, 12));
      g_list_store_append (list, item);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_list_funding:
 * @self: a #OndStore
 * @plan_id: the id of a plan
 * @error: return location for an error
 *
 * Lists the money a plan has: by year, then by source (taakveld 1.2, RIEC, other). Each
 * #OndFunding carries the budget lines it may pay for.
 *
 * Returns: (transfer full): a #GListModel of #OndFunding, or %NULL with @error set
 */
GListModel *
ond_store_list_funding (OndStore  *self,
                        gint64     plan_id,
                        GError   **error)
{
  g_autoptr(OndStatement) lines_stmt = NULL;
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GHashTable) lines = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  lines_stmt = prepare_for_plan (self,
                                 "SELECT fl.funding_id, fl.line_id, l.name"
                                 " FROM funding_line AS fl"
                                 " JOIN funding AS f ON f.id = fl.funding_id"
                                 " JOIN budget_line AS l ON l.id = fl.line_id"
                                 " WHERE f.plan_id = ?"
                                 " ORDER BY fl.funding_id, l.position, l.id",
                                 plan_id, error);
  if (lines_stmt == NULL || (lines = _ond_store_read_members (lines_stmt, error)) == NULL)
    return NULL;

  stmt = prepare_for_plan (self,
                           "SELECT f.id, f.year, f.source, s.label, f.amount_cents, f.earmark,"
                           "       f.row_version"
                           " FROM funding AS f"
                           " JOIN funding_source AS s ON s.code = f.source"
                           " WHERE f.plan_id = ?"
                           " ORDER BY f.year, s.position, f.id",
                           plan_id, error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (OND_TYPE_FUNDING);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndFunding) funding = NULL;
      gint64 id = ond_statement_get_int64 (stmt, 0);
      OndStoreMembers *members = g_hash_table_lookup (lines, &id);

      funding = ond_funding_new (id,
                                 (int) ond_statement_get_int64 (stmt, 1),
                                 ond_statement_get_text (stmt, 2),
                                 ond_statement_get_text (stmt, 3),
                                 ond_statement_get_int64 (stmt, 4),
                                 ond_statement_get_text (stmt, 5),
                                 members != NULL ? (const gint64 *) members->ids->data : NULL,
                                 members != NULL ? members->ids->len : 0);
      ond_funding_set_row_version (funding, ond_statement_get_int64 (stmt, 6));
      g_list_store_append (list, funding);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_list_indicators:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of every #OndIndicator in the monitoring list's
 *   order, or %NULL with @error set
 */
GListModel *
ond_store_list_indicators (OndStore  *self,
                           GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                  "SELECT i.id, i.code, i.name, i.unit, i.method, p.code, i.position"
                  " FROM indicator AS i"
                  " LEFT JOIN indicator AS p ON p.id = i.parent_id"
                  " ORDER BY i.position, i.id",
                  error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (OND_TYPE_INDICATOR);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndIndicator) indicator = NULL;

      indicator = ond_indicator_new (ond_statement_get_int64 (stmt, 0),
                                     ond_statement_get_text (stmt, 1),
                                     ond_statement_get_text (stmt, 2),
                                     ond_statement_get_text (stmt, 3),
                                     ond_statement_get_text (stmt, 4),
                                     ond_statement_get_text (stmt, 5),
                                     (int) ond_statement_get_int64 (stmt, 6));
      g_list_store_append (list, indicator);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_list_areas:
 * @self: a #OndStore
 * @error: return location for an error
 *
 * Returns: (transfer full): a #GListModel of every #OndArea, retired ones included, in the
 *   list's order, or %NULL with @error set
 */
GListModel *
ond_store_list_areas (OndStore  *self,
                      GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _ond_store_prepare (self,
                  "SELECT id, name, district, aandachtsgebied, retired, position FROM area"
                  " ORDER BY position, id",
                  error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (OND_TYPE_AREA);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      g_autoptr(OndArea) area = NULL;

      area = ond_area_new (ond_statement_get_int64 (stmt, 0),
                           ond_statement_get_text (stmt, 1),
                           ond_statement_get_text (stmt, 2),
                           ond_statement_get_int64 (stmt, 3) != 0,
                           ond_statement_get_int64 (stmt, 4) != 0,
                           (int) ond_statement_get_int64 (stmt, 5));
      g_list_store_append (list, area);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ond_store_get_stated_total:
 * @self: a #OndStore
 * @plan_id: the id of a plan
 * @year: a year of the plan
 * @cents: (out): where to store the total in cents
 * @error: return location for an error
 *
 * Reads the total the plan itself states for @year (section 6: "Totaal"), kept beside the
 * budget lines so that a difference with their sum can be shown.
 *
 * Returns: %TRUE on success; %FALSE with @error set, %OND_STORE_ERROR_NOT_FOUND when the
 *   plan states no total for @year
 */
gboolean
ond_store_get_stated_total (OndStore  *self,
                            gint64     plan_id,
                            int        year,
                            gint64    *cents,
                            GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (cents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = prepare_for_plan (self,
                           "SELECT amount_cents FROM plan_total WHERE plan_id = ? AND year = ?",
                           plan_id, error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 2, year, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                   _("The plan states no total for %d"), year);
      return FALSE;
    }
  *cents = ond_statement_get_int64 (stmt, 0);
  return TRUE;
}

/**
 * ond_store_get_manual_value:
 * @self: a #OndStore
 * @indicator_code: the code of an indicator, e.g. "mma_reports"
 * @year: a year
 * @value: (out): where to store the value, 0 when there is none
 * @found: (out): whether a value was entered for @year
 * @error: return location for an error
 *
 * Reads a figure entered by hand (such as the 2022 baseline of section 2).
 *
 * Returns: %TRUE on success (whether or not a value exists: see @found); %FALSE with
 *   @error set, %OND_STORE_ERROR_NOT_FOUND when no indicator has @indicator_code
 */
gboolean
ond_store_get_manual_value (OndStore    *self,
                            const char  *indicator_code,
                            int          year,
                            gint64      *value,
                            gboolean    *found,
                            GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (indicator_code != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (found != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = _ond_store_prepare (self,
                  "SELECT v.value FROM indicator AS i"
                  " LEFT JOIN indicator_value AS v ON v.indicator_id = i.id AND v.year = ?"
                  " WHERE i.code = ?",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, year, error) ||
      !ond_statement_bind_text (stmt, 2, indicator_code, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                   _("There is no figure with the code “%s”"), indicator_code);
      return FALSE;
    }

  *found = !ond_statement_get_is_null (stmt, 0);
  *value = *found ? ond_statement_get_int64 (stmt, 0) : 0;
  return TRUE;
}
