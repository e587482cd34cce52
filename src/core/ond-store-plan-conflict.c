/* ond-store-plan-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What changed in an action, funding or a planning row while the user had it open for editing
 * (optimistic locking, see ond-store-migration-9.c): the fields of its edit form where the
 * current row differs from the version the user opened, with the user's value and the other
 * person's, as the form shows them (the pillar's title, the theme's, owner's and cost lines'
 * names, the status's and source's labels, money as € 1.234,56, the linked planning rows as
 * the form lists them). The same OndCaseChange list as a case's (ond-store-case-conflict.c),
 * for the one conflict dialog. Each value of the three versions is shown by the same rule,
 * so that a name changed elsewhere (a partner renamed) is no change of the record.
 */

#define G_LOG_DOMAIN "ond-store-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-money.h"
#include "ond-partner.h"
#include "ond-pillar.h"
#include "ond-plan-item.h"
#include "ond-store-plan-conflict.h"
#include "ond-store-vocabulary.h"
#include "ond-text.h"
#include "ond-theme.h"

/**
 * ond_store_get_funding:
 * @self: a #OndStore
 * @plan_id: the plan
 * @funding_id: the funding row
 * @error: return location for an error
 *
 * Returns: (transfer full): the funding as it is now, or %NULL with @error set
 *   (%OND_STORE_ERROR_NOT_FOUND when it is gone)
 */
OndFunding *
ond_store_get_funding (OndStore  *self,
                       gint64     plan_id,
                       gint64     funding_id,
                       GError   **error)
{
  g_autoptr(GListModel) list = NULL;
  guint n;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = ond_store_list_funding (self, plan_id, error);
  if (list == NULL)
    return NULL;
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndFunding) item = g_list_model_get_item (list, i);

      if (ond_funding_get_id (item) == funding_id)
        return g_steal_pointer (&item);
    }
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                       _("The funding does not exist (any more)."));
  return NULL;
}

/* Names by id. */
static GHashTable *
names_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

static void
names_add (GHashTable *names,
           gint64      id,
           const char *name)
{
  g_hash_table_insert (names, g_memdup2 (&id, sizeof id), g_strdup (name != NULL ? name : ""));
}

/* The name of @id, @none for 0, the number for an id that is not there (any more). */
static char *
name_of (GHashTable *names,
         gint64      id,
         const char *none)
{
  const char *name;

  if (id == 0)
    return g_strdup (none);
  name = g_hash_table_lookup (names, &id);
  return name != NULL ? g_strdup (name) : g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

static char *
label_of (GPtrArray  *entries,
          const char *code)
{
  for (guint i = 0; i < entries->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->code, code) == 0)
        return g_strdup (entry->label);
    }
  return g_strdup (code != NULL ? code : "");
}

static gboolean
has_id (const gint64 *ids,
        guint         n_ids,
        gint64        id)
{
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] == id)
      return TRUE;
  return FALSE;
}

/* The members of @ids as a list in the order of @order (ids) with @names; @none when empty.
 * An id that is not in @order (gone since) is shown as its number at the end. */
static char *
members_text (GArray       *order,
              GHashTable   *names,
              const gint64 *ids,
              guint         n_ids,
              const char   *none)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < order->len; i++)
    {
      gint64 id = g_array_index (order, gint64, i);

      if (!has_id (ids, n_ids, id))
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, g_hash_table_lookup (names, &id));
    }
  for (guint i = 0; i < n_ids; i++)
    if (g_hash_table_lookup (names, &ids[i]) == NULL && !has_id (ids, i, ids[i]))
      g_string_append_printf (text, "%s%" G_GINT64_FORMAT, text->len > 0 ? "; " : "", ids[i]);
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : g_strdup (none);
}

static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* What the action's form shows: the names of its choices and its planning rows. */
typedef struct
{
  GHashTable *pillars;
  GHashTable *themes;
  GHashTable *partners;
  GHashTable *plan_items;
  GArray     *plan_item_order;
  GPtrArray  *statuses;
} ActionNames;

static void
action_names_clear (ActionNames *names)
{
  g_clear_pointer (&names->pillars, g_hash_table_unref);
  g_clear_pointer (&names->themes, g_hash_table_unref);
  g_clear_pointer (&names->partners, g_hash_table_unref);
  g_clear_pointer (&names->plan_items, g_hash_table_unref);
  g_clear_pointer (&names->plan_item_order, g_array_unref);
  g_clear_pointer (&names->statuses, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ActionNames, action_names_clear)

static gboolean
read_action_names (OndStore     *self,
                   gint64        plan_id,
                   ActionNames  *names,
                   GError      **error)
{
  g_autoptr(GListModel) pillars = NULL;
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GListModel) items = NULL;

  if ((pillars = ond_store_list_pillars (self, plan_id, error)) == NULL
      || (themes = ond_store_list_themes (self, plan_id, error)) == NULL
      || (partners = ond_store_list_partners (self, error)) == NULL
      || (items = ond_store_list_plan_items (self, plan_id, error)) == NULL
      || (names->statuses = ond_store_list_vocabulary (self, "work_status", error)) == NULL)
    return FALSE;

  names->pillars = names_new ();
  for (guint i = 0; i < g_list_model_get_n_items (pillars); i++)
    {
      g_autoptr(OndPillar) pillar = g_list_model_get_item (pillars, i);

      names_add (names->pillars, ond_pillar_get_id (pillar), ond_pillar_get_title (pillar));
    }
  names->themes = names_new ();
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);

      names_add (names->themes, ond_theme_get_id (theme), ond_theme_get_name (theme));
    }
  names->partners = names_new ();
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);

      names_add (names->partners, ond_partner_get_id (partner), ond_partner_get_name (partner));
    }
  names->plan_items = names_new ();
  names->plan_item_order = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);
      gint64 id = ond_plan_item_get_id (item);
      /* Translators: a planning row to link: its year, period and what it says. */
      g_autofree char *title = g_strdup_printf (_("%d %s · %s"), ond_plan_item_get_year (item),
                                                ond_plan_item_get_period_label (item),
                                                ond_plan_item_get_what (item));

      names_add (names->plan_items, id, title);
      g_array_append_val (names->plan_item_order, id);
    }
  return TRUE;
}

/* One field of the three versions, as shown. */
typedef struct
{
  char *before;
  char *theirs;
  char *mine;
} Shown;

static void
shown_clear (Shown *shown)
{
  g_clear_pointer (&shown->before, g_free);
  g_clear_pointer (&shown->theirs, g_free);
  g_clear_pointer (&shown->mine, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Shown, shown_clear)

static void
add_shown (GPtrArray  *changes,
           const char *field,
           const char *label,
           Shown      *shown)
{
  ond_case_change_add (changes, field, label, shown->before, shown->theirs, shown->mine);
  shown_clear (shown);
}

static char *
action_links (ActionNames *names,
              OndAction   *action)
{
  guint n_ids = 0;
  const gint64 *ids = ond_action_get_plan_item_ids (action, &n_ids);

  return members_text (names->plan_item_order, names->plan_items, ids, n_ids,
                       _("None linked"));
}

/**
 * ond_store_compare_action_edit:
 * @self: a #OndStore
 * @plan_id: the plan of the action
 * @opened: the action as the user opened it
 * @mine: the fields of the user's edit
 * @current: the action as it is now (ond_store_dup_action() after %OND_STORE_ERROR_CONFLICT)
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type OndCaseChange): the fields someone else changed, in
 *   the order of the form, or %NULL with @error set
 */
GPtrArray *
ond_store_compare_action_edit (OndStore               *self,
                               gint64                  plan_id,
                               OndAction              *opened,
                               const OndActionFields  *mine,
                               OndAction              *current,
                               GError                **error)
{
  g_auto(ActionNames) names = { 0 };
  g_auto(Shown) shown = { 0 };
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (OND_IS_ACTION (opened), NULL);
  g_return_val_if_fail (mine != NULL, NULL);
  g_return_val_if_fail (mine->plan_item_ids != NULL || mine->n_plan_items == 0, NULL);
  g_return_val_if_fail (OND_IS_ACTION (current), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_action_names (self, plan_id, &names, error))
    return NULL;

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);
  shown = (Shown) { trimmed (ond_action_get_text (opened)),
                    trimmed (ond_action_get_text (current)), trimmed (mine->text) };
  add_shown (changes, "text", _("Text"), &shown);
  shown = (Shown) { trimmed (ond_action_get_group_heading (opened)),
                    trimmed (ond_action_get_group_heading (current)),
                    trimmed (mine->group_heading) };
  add_shown (changes, "group-heading", _("Group heading"), &shown);
  shown = (Shown) { name_of (names.pillars, ond_action_get_pillar_id (opened), ""),
                    name_of (names.pillars, ond_action_get_pillar_id (current), ""),
                    name_of (names.pillars, mine->pillar_id, "") };
  add_shown (changes, "pillar-id", _("Pillar"), &shown);
  shown = (Shown) { name_of (names.themes, ond_action_get_theme_id (opened), _("No theme")),
                    name_of (names.themes, ond_action_get_theme_id (current), _("No theme")),
                    name_of (names.themes, mine->theme_id, _("No theme")) };
  add_shown (changes, "theme-id", _("Theme"), &shown);
  shown = (Shown) { label_of (names.statuses, ond_action_get_status (opened)),
                    label_of (names.statuses, ond_action_get_status (current)),
                    label_of (names.statuses, mine->status != NULL ? mine->status : "gepland") };
  add_shown (changes, "status", _("Status"), &shown);
  shown = (Shown) { name_of (names.partners, ond_action_get_owner_id (opened), _("No owner")),
                    name_of (names.partners, ond_action_get_owner_id (current), _("No owner")),
                    name_of (names.partners, mine->owner_id, _("No owner")) };
  add_shown (changes, "owner-id", _("Owner"), &shown);
  shown = (Shown) { action_links (&names, opened), action_links (&names, current),
                    members_text (names.plan_item_order, names.plan_items, mine->plan_item_ids,
                                  mine->n_plan_items, _("None linked")) };
  add_shown (changes, "plan-items", _("Linked planning rows"), &shown);
  return g_steal_pointer (&changes);
}

/* What the funding form shows: the names of the plan's cost lines, the sources' labels. */
typedef struct
{
  GHashTable *lines;
  GArray     *line_order;
  GPtrArray  *sources;
} FundingNames;

static void
funding_names_clear (FundingNames *names)
{
  g_clear_pointer (&names->lines, g_hash_table_unref);
  g_clear_pointer (&names->line_order, g_array_unref);
  g_clear_pointer (&names->sources, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FundingNames, funding_names_clear)

static gboolean
read_funding_names (OndStore      *self,
                    gint64         plan_id,
                    FundingNames  *names,
                    GError       **error)
{
  g_autoptr(GListModel) lines = NULL;

  if ((lines = ond_store_list_budget_lines (self, plan_id, error)) == NULL
      || (names->sources = ond_store_list_vocabulary (self, "funding_source", error)) == NULL)
    return FALSE;
  names->lines = names_new ();
  names->line_order = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);
      gint64 id = ond_budget_line_get_id (line);

      names_add (names->lines, id, ond_budget_line_get_name (line));
      g_array_append_val (names->line_order, id);
    }
  return TRUE;
}

static char *
funding_lines (FundingNames *names,
               OndFunding   *funding)
{
  guint n_ids = 0;
  const gint64 *ids = ond_funding_get_line_ids (funding, &n_ids);

  return members_text (names->line_order, names->lines, ids, n_ids, _("Any cost line"));
}

/**
 * ond_store_compare_funding_edit:
 * @self: a #OndStore
 * @plan_id: the plan of the funding
 * @opened: the funding as the user opened it
 * @year: the year in the user's edit
 * @source: the source code in the user's edit
 * @amount: the amount in cents in the user's edit
 * @earmark: (nullable): the earmark text in the user's edit
 * @line_ids: (array length=n_lines): the cost lines ticked in the user's edit
 * @n_lines: their number
 * @current: the funding as it is now (ond_store_get_funding() after
 *   %OND_STORE_ERROR_CONFLICT)
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type OndCaseChange): the fields someone else changed, in
 *   the order of the form, or %NULL with @error set
 */
GPtrArray *
ond_store_compare_funding_edit (OndStore      *self,
                                gint64         plan_id,
                                OndFunding    *opened,
                                int            year,
                                const char    *source,
                                gint64         amount,
                                const char    *earmark,
                                const gint64  *line_ids,
                                guint          n_lines,
                                OndFunding    *current,
                                GError       **error)
{
  g_auto(FundingNames) names = { 0 };
  g_auto(Shown) shown = { 0 };
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (OND_IS_FUNDING (opened), NULL);
  g_return_val_if_fail (line_ids != NULL || n_lines == 0, NULL);
  g_return_val_if_fail (OND_IS_FUNDING (current), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_funding_names (self, plan_id, &names, error))
    return NULL;

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);
  shown = (Shown) { g_strdup_printf ("%d", ond_funding_get_year (opened)),
                    g_strdup_printf ("%d", ond_funding_get_year (current)),
                    g_strdup_printf ("%d", year) };
  add_shown (changes, "year", _("Year"), &shown);
  shown = (Shown) { label_of (names.sources, ond_funding_get_source (opened)),
                    label_of (names.sources, ond_funding_get_source (current)),
                    label_of (names.sources, source) };
  add_shown (changes, "source", _("Source"), &shown);
  shown = (Shown) { ond_money_format (ond_funding_get_amount (opened)),
                    ond_money_format (ond_funding_get_amount (current)),
                    ond_money_format (amount) };
  add_shown (changes, "amount", _("Amount"), &shown);
  shown = (Shown) { trimmed (ond_funding_get_earmark (opened)),
                    trimmed (ond_funding_get_earmark (current)), trimmed (earmark) };
  add_shown (changes, "earmark", _("Earmark"), &shown);
  shown = (Shown) { funding_lines (&names, opened), funding_lines (&names, current),
                    members_text (names.line_order, names.lines, line_ids, n_lines,
                                  _("Any cost line")) };
  add_shown (changes, "line-ids", _("Eligible cost lines"), &shown);
  return g_steal_pointer (&changes);
}

/**
 * ond_store_get_plan_item:
 * @self: a #OndStore
 * @plan_id: the plan
 * @item_id: the planning row
 * @error: return location for an error
 *
 * Returns: (transfer full): the planning row as it is now, or %NULL with @error set
 *   (%OND_STORE_ERROR_NOT_FOUND when it is gone)
 */
OndPlanItem *
ond_store_get_plan_item (OndStore  *self,
                         gint64     plan_id,
                         gint64     item_id,
                         GError   **error)
{
  g_autoptr(GListModel) list = NULL;
  guint n;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = ond_store_list_plan_items (self, plan_id, error);
  if (list == NULL)
    return NULL;
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (list, i);

      if (ond_plan_item_get_id (item) == item_id)
        return g_steal_pointer (&item);
    }
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                       _("The planning row does not exist (any more)."));
  return NULL;
}

static char *
yes_no (gboolean yes)
{
  return g_strdup (yes ? _("Yes") : _("No"));
}

/**
 * ond_store_compare_plan_item_edit:
 * @self: a #OndStore
 * @plan_id: the plan of the row
 * @opened: the row as the user opened it
 * @year: the year in the user's edit
 * @period: the period code in the user's edit
 * @what: what is planned in the user's edit
 * @who: (nullable): who does it in the user's edit
 * @theme_id: the theme in the user's edit, 0 for none
 * @status: the status code in the user's edit
 * @recurring: whether the row recurs in the user's edit
 * @current: the row as it is now (ond_store_get_plan_item () after
 *   %OND_STORE_ERROR_CONFLICT)
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type OndCaseChange): the fields someone else changed, in
 *   the order of the form, or %NULL with @error set
 */
GPtrArray *
ond_store_compare_plan_item_edit (OndStore     *self,
                                  gint64        plan_id,
                                  OndPlanItem  *opened,
                                  int           year,
                                  const char   *period,
                                  const char   *what,
                                  const char   *who,
                                  gint64        theme_id,
                                  const char   *status,
                                  gboolean      recurring,
                                  OndPlanItem  *current,
                                  GError      **error)
{
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(GHashTable) theme_names = NULL;
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(GPtrArray) statuses = NULL;
  g_auto(Shown) shown = { 0 };
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (OND_IS_PLAN_ITEM (opened), NULL);
  g_return_val_if_fail (OND_IS_PLAN_ITEM (current), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((themes = ond_store_list_themes (self, plan_id, error)) == NULL
      || (periods = ond_store_list_vocabulary (self, "period", error)) == NULL
      || (statuses = ond_store_list_vocabulary (self, "work_status", error)) == NULL)
    return NULL;
  theme_names = names_new ();
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);

      names_add (theme_names, ond_theme_get_id (theme), ond_theme_get_name (theme));
    }

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);
  shown = (Shown) { trimmed (ond_plan_item_get_what (opened)),
                    trimmed (ond_plan_item_get_what (current)), trimmed (what) };
  add_shown (changes, "what", _("What"), &shown);
  shown = (Shown) { trimmed (ond_plan_item_get_who (opened)),
                    trimmed (ond_plan_item_get_who (current)), trimmed (who) };
  add_shown (changes, "who", _("Who"), &shown);
  shown = (Shown) { g_strdup_printf ("%d", ond_plan_item_get_year (opened)),
                    g_strdup_printf ("%d", ond_plan_item_get_year (current)),
                    g_strdup_printf ("%d", year) };
  add_shown (changes, "year", _("Year"), &shown);
  shown = (Shown) { label_of (periods, ond_plan_item_get_period (opened)),
                    label_of (periods, ond_plan_item_get_period (current)),
                    label_of (periods, period) };
  add_shown (changes, "period", _("Period"), &shown);
  shown = (Shown) { name_of (theme_names, ond_plan_item_get_theme_id (opened), _("No theme")),
                    name_of (theme_names, ond_plan_item_get_theme_id (current), _("No theme")),
                    name_of (theme_names, theme_id, _("No theme")) };
  add_shown (changes, "theme-id", _("Theme"), &shown);
  shown = (Shown) { label_of (statuses, ond_plan_item_get_status (opened)),
                    label_of (statuses, ond_plan_item_get_status (current)),
                    label_of (statuses, status) };
  add_shown (changes, "status", _("Status"), &shown);
  shown = (Shown) { yes_no (ond_plan_item_get_recurring (opened)),
                    yes_no (ond_plan_item_get_recurring (current)), yes_no (recurring) };
  add_shown (changes, "recurring", _("Recurs every year"), &shown);
  return g_steal_pointer (&changes);
}
