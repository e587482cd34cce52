/* ond-register-choices.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The choices of the register editor: areas, themes, planning rows and partners, and the
 * case of a reference. */

#define G_LOG_DOMAIN "ond-register-choices"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-area.h"
#include "ond-case-list.h"
#include "ond-case.h"
#include "ond-partner.h"
#include "ond-plan-item.h"
#include "ond-register-choices.h"
#include "ond-store-registers.h"
#include "ond-theme.h"

/* A planning row's text is shortened to this many characters in the list of choices. */
#define PLAN_ITEM_TEXT_LENGTH 60

static GtkStringList *
start_choices (GArray     *ids,
               const char *none_label)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  gint64 none = 0;

  g_array_set_size (ids, 0);
  gtk_string_list_append (names, none_label);
  g_array_append_val (ids, none);
  return names;
}

static gboolean
has_id (GArray *ids,
        gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* Offers @keep_id, not in the list read, under @keep_name (a choice of another plan). */
static void
keep_choice (GtkStringList *names,
             GArray        *ids,
             gint64         keep_id,
             const char    *keep_name)
{
  if (keep_id == 0 || has_id (ids, keep_id) || keep_name == NULL || keep_name[0] == '\0')
    return;

  gtk_string_list_append (names, keep_name);
  g_array_append_val (ids, keep_id);
}

/**
 * ond_register_choices_areas:
 * @row: the combo row
 * @ids: receives the id behind each position
 * @store: the store
 * @keep_id: an area to offer even when it is retired (the record's own), or 0
 * @error: return location for an error
 *
 * Returns: whether the areas could be read; without them only "No area" is offered
 */
gboolean
ond_register_choices_areas (AdwComboRow  *row,
                            GArray       *ids,
                            OndStore     *store,
                            gint64        keep_id,
                            GError      **error)
{
  g_autoptr(GtkStringList) names = start_choices (ids, _("No area"));
  g_autoptr(GListModel) areas = ond_store_list_areas (store, error);

  for (guint i = 0; areas != NULL && i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(OndArea) area = g_list_model_get_item (areas, i);
      gint64 id = ond_area_get_id (area);

      if (ond_area_get_retired (area) && id != keep_id)
        continue;
      gtk_string_list_append (names, ond_area_get_name (area));
      g_array_append_val (ids, id);
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  return areas != NULL;
}

/**
 * ond_register_choices_themes:
 * @row: the combo row
 * @ids: receives the id behind each position
 * @store: the store
 * @plan: (nullable): the plan whose themes are offered
 * @keep_id: a theme to offer even when it is of another plan, or 0
 * @keep_name: (nullable): its name
 * @error: return location for an error
 *
 * Returns: whether the themes could be read
 */
gboolean
ond_register_choices_themes (AdwComboRow  *row,
                             GArray       *ids,
                             OndStore     *store,
                             OndPlan      *plan,
                             gint64        keep_id,
                             const char   *keep_name,
                             GError      **error)
{
  g_autoptr(GtkStringList) names = start_choices (ids, _("No theme"));
  g_autoptr(GListModel) themes = NULL;

  if (plan != NULL)
    themes = ond_store_list_themes (store, ond_plan_get_id (plan), error);
  for (guint i = 0; themes != NULL && i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);
      gint64 id = ond_theme_get_id (theme);

      gtk_string_list_append (names, ond_theme_get_name (theme));
      g_array_append_val (ids, id);
    }
  keep_choice (names, ids, keep_id, keep_name);

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  return plan == NULL || themes != NULL;
}

/* "2023 · Q3 · Bewustwordingsbijeenkomst burgers", the text shortened. */
static char *
plan_item_label (OndPlanItem *item)
{
  const char *what = ond_plan_item_get_what (item);
  g_autofree char *text = NULL;

  if (g_utf8_strlen (what, -1) > PLAN_ITEM_TEXT_LENGTH)
    {
      g_autofree char *start = g_utf8_substring (what, 0, PLAN_ITEM_TEXT_LENGTH - 1);

      text = g_strconcat (g_strchomp (start), "…", NULL);
    }
  else
    text = g_strdup (what);

  /* Translators: a planning row to choose: year, period and (shortened) text, e.g.
   * "2023 · Q3 · Bewustwordingsbijeenkomst burgers". */
  return g_strdup_printf (_("%d · %s · %s"), ond_plan_item_get_year (item),
                          ond_plan_item_get_period_label (item), text);
}

/**
 * ond_register_choices_plan_items:
 * @row: the combo row
 * @ids: receives the id behind each position
 * @store: the store
 * @plan: (nullable): the plan whose planning rows are offered
 * @keep_id: a planning row to offer even when it is of another plan, or 0
 * @keep_text: (nullable): its text
 * @error: return location for an error
 *
 * Returns: whether the planning could be read
 */
gboolean
ond_register_choices_plan_items (AdwComboRow  *row,
                                 GArray       *ids,
                                 OndStore     *store,
                                 OndPlan      *plan,
                                 gint64        keep_id,
                                 const char   *keep_text,
                                 GError      **error)
{
  g_autoptr(GtkStringList) names = start_choices (ids, _("No planning row"));
  g_autoptr(GListModel) items = NULL;

  if (plan != NULL)
    items = ond_store_list_plan_items (store, ond_plan_get_id (plan), error);
  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (items, i);
      g_autofree char *label = plan_item_label (item);
      gint64 id = ond_plan_item_get_id (item);

      gtk_string_list_append (names, label);
      g_array_append_val (ids, id);
    }
  keep_choice (names, ids, keep_id, keep_text);

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  return plan == NULL || items != NULL;
}

/**
 * ond_register_choices_partners:
 * @expander: the row to add a row per partner to
 * @checks: receives the check buttons
 * @ids: receives the partner of each check button
 * @store: the store
 * @keep_ids: (array length=n_keep) (nullable): partners to offer even when retired
 * @n_keep: the number of @keep_ids
 * @error: return location for an error
 *
 * Returns: whether the partners could be read
 */
gboolean
ond_register_choices_partners (AdwExpanderRow  *expander,
                               GPtrArray       *checks,
                               GArray          *ids,
                               OndStore        *store,
                               const gint64    *keep_ids,
                               guint            n_keep,
                               GError         **error)
{
  g_autoptr(GListModel) partners = ond_store_list_partners (store, error);

  for (guint i = 0; partners != NULL && i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);
      gint64 id = ond_partner_get_id (partner);
      const char *short_name = ond_partner_get_short_name (partner);
      GtkWidget *row;
      GtkWidget *check;

      if (!ond_partner_is_offered (partner, keep_ids, n_keep))
        continue;

      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ond_partner_get_name (partner));
      if (short_name != NULL && g_strcmp0 (short_name, ond_partner_get_name (partner)) != 0)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), short_name);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (expander, row);

      g_ptr_array_add (checks, check);
      g_array_append_val (ids, id);
    }

  return partners != NULL;
}

/**
 * ond_register_choices_get_id:
 * @row: a combo row filled by one of the functions above
 * @ids: the ids behind its positions
 *
 * Returns: the id chosen, 0 for "none"
 */
gint64
ond_register_choices_get_id (AdwComboRow *row,
                             GArray      *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected >= ids->len)
    return 0;
  return g_array_index (ids, gint64, selected);
}

/**
 * ond_register_choices_select_id:
 * @row: a combo row filled by one of the functions above
 * @ids: the ids behind its positions
 * @id: the id to choose; "none" when it is not offered
 */
void
ond_register_choices_select_id (AdwComboRow *row,
                                GArray      *ids,
                                gint64       id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  adw_combo_row_set_selected (row, 0);
}

/**
 * ond_register_choices_find_case:
 * @store: the store
 * @reference: a case reference as typed, e.g. "2024-0012"; "" for none
 * @case_id: (out): the case, 0 for none
 * @error: return location for an error
 *
 * Looks the case up in the case list (which searches in the store, and logs nothing: only
 * the reference is ever shown).
 *
 * Returns: whether @reference is empty or the reference of a case; otherwise
 *   %OND_REGISTER_ERROR_CASE
 */
gboolean
ond_register_choices_find_case (OndStore    *store,
                                const char  *reference,
                                gint64      *case_id,
                                GError     **error)
{
  g_autoptr(OndCaseList) cases = NULL;
  const GError *list_error;

  *case_id = 0;
  if (reference[0] == '\0')
    return TRUE;

  if (!g_regex_match_simple ("^[0-9]{4}-[0-9]{4,}$", reference, 0, 0))
    {
      g_set_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_CASE,
                   _("“%s” is not a case reference: write it as year-number, e.g. 2024-0012"),
                   reference);
      return FALSE;
    }

  cases = ond_case_list_new (store);
  ond_case_list_set_search (cases, reference);
  list_error = ond_case_list_get_error (cases);
  if (list_error != NULL)
    {
      g_set_error_literal (error, list_error->domain, list_error->code, list_error->message);
      return FALSE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (cases)); i++)
    {
      g_autoptr(OndCase) kase = g_list_model_get_item (G_LIST_MODEL (cases), i);

      if (kase != NULL && g_strcmp0 (ond_case_get_reference (kase), reference) == 0)
        {
          *case_id = ond_case_get_id (kase);
          return TRUE;
        }
    }

  g_set_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_CASE,
               _("There is no case with the reference %s"), reference);
  return FALSE;
}
