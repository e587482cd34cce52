/* ond-plan-item-editor-fields.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rows of the form of a planning row: what and who (typed), the year (one of the
 * plan's), the period and the status (their vocabularies), the theme ("No theme" and the
 * plan's themes) and whether the row recurs every year. Every row the store can refuse has
 * a message row below it (OndFormField). */

#define G_LOG_DOMAIN "ond-plan-item-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-choices.h"
#include "ond-plan-item-editor-private.h"
#include "ond-store-vocabulary.h"
#include "ond-theme.h"

static GtkStringList *
year_choices (OndPlanItemEditor *self,
              int                year,
              guint             *selected)
{
  GtkStringList *choices = gtk_string_list_new (NULL);
  int first = ond_plan_get_first_year (self->plan);

  *selected = 0;
  for (int y = first; y <= ond_plan_get_last_year (self->plan); y++)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%d", y);
      gtk_string_list_append (choices, text);
      if (y == year)
        *selected = (guint) (y - first);
    }
  return choices;
}

/* "No theme" and the plan's themes; the theme ids in the same order. */
static GtkStringList *
theme_choices (OndPlanItemEditor  *self,
               gint64              theme_id,
               guint              *selected,
               GError            **error)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autoptr(GListModel) themes = NULL;
  gint64 none = 0;

  *selected = 0;
  gtk_string_list_append (choices, _("No theme"));
  g_array_append_val (self->theme_ids, none);
  themes = ond_store_list_themes (self->store, ond_plan_get_id (self->plan), error);
  if (themes == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);
      gint64 id = ond_theme_get_id (theme);

      gtk_string_list_append (choices, ond_theme_get_name (theme));
      g_array_append_val (self->theme_ids, id);
      if (id == theme_id)
        *selected = i + 1;
    }
  return g_steal_pointer (&choices);
}

static void
add_recurring_row (OndPlanItemEditor *self,
                   gboolean           active)
{
  GtkWidget *row = adw_action_row_new ();

  self->recurring = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->recurring), GTK_ALIGN_CENTER);
  gtk_switch_set_active (self->recurring, active);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->recurring),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Recurs every year"),
                                  -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Recurs every year"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("A new plan period starts with a copy of this row"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->recurring));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->recurring));
  ond_form_field_add (self->group, row, NULL);
}

/* A vocabulary's labels as a combo row's choices, @code chosen. FALSE when the vocabulary
 * could not be read (the form says so above its fields). */
static gboolean
add_vocabulary_combo (OndPlanItemEditor  *self,
                      OndFormField       *field,
                      const char         *title,
                      const char         *vocabulary,
                      GPtrArray         **entries,
                      const char         *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) choices = NULL;

  *entries = ond_store_list_vocabulary (self->store, vocabulary, &error);
  if (*entries == NULL)
    _ond_plan_item_editor_show_general_error (self, error->message);
  choices = ond_case_choices_model (*entries, NULL);
  ond_form_field_add_combo (self->group, field, title, choices,
                            ond_case_choices_find (*entries, code));
  return *entries != NULL;
}

gboolean
_ond_plan_item_editor_build_fields (OndPlanItemEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) years = NULL;
  g_autoptr(GtkStringList) themes = NULL;
  OndPlanItem *item = self->item;
  gboolean slot = item != NULL && ond_plan_item_is_to_be_decided (item);
  gboolean complete = TRUE;
  guint selected;

  if (slot)
    adw_preferences_group_set_description (self->group,
                                           _("The plan left this period open (N.t.b.): say "
                                             "what is planned and who does it."));

  /* Enter adds a new row; in a row that exists it saves at once. */
  ond_form_field_add_entry (self->group, &self->what, _("What"),
                            item != NULL && !slot ? ond_plan_item_get_what (item) : "",
                            item == NULL);
  ond_form_field_add_entry (self->group, &self->who, _("Who"),
                            item != NULL ? ond_plan_item_get_who (item) : "", item == NULL);

  years = year_choices (self, item != NULL ? ond_plan_item_get_year (item) : self->new_year,
                        &selected);
  ond_form_field_add_combo (self->group, &self->year, _("Year"), years, selected);

  complete &= add_vocabulary_combo (self, &self->period, _("Period"), "period", &self->periods,
                                    item != NULL ? ond_plan_item_get_period (item) : "Q1");

  themes = theme_choices (self, item != NULL ? ond_plan_item_get_theme_id (item) : 0,
                          &selected, &error);
  if (themes == NULL)
    {
      _ond_plan_item_editor_show_general_error (self, error->message);
      complete = FALSE;
      themes = gtk_string_list_new (NULL);
      gtk_string_list_append (themes, _("No theme"));
      selected = 0;
    }
  ond_form_field_add_combo (self->group, &self->theme, _("Theme"), themes, selected);

  complete &= add_vocabulary_combo (self, &self->status, _("Status"), "work_status",
                                    &self->statuses,
                                    item != NULL ? ond_plan_item_get_status (item) : "gepland");

  add_recurring_row (self, item != NULL && ond_plan_item_get_recurring (item));
  return complete;
}

void
_ond_plan_item_editor_fill_fields (OndPlanItemEditor *self,
                                   OndPlanItem       *item)
{
  int year = ond_plan_item_get_year (item) - ond_plan_get_first_year (self->plan);
  guint theme = 0;

  g_return_if_fail (OND_IS_PLAN_ITEM (item));

  /* An 'N.t.b.' slot shows an empty what, as when the form opened. */
  gtk_editable_set_text (GTK_EDITABLE (self->what.field),
                         ond_plan_item_is_to_be_decided (item) ? ""
                                                               : ond_plan_item_get_what (item));
  gtk_editable_set_text (GTK_EDITABLE (self->who.field), ond_plan_item_get_who (item));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->year.field), year >= 0 ? (guint) year : 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->period.field),
                              ond_case_choices_find (self->periods,
                                                     ond_plan_item_get_period (item)));
  for (guint i = 0; i < self->theme_ids->len; i++)
    if (g_array_index (self->theme_ids, gint64, i) == ond_plan_item_get_theme_id (item))
      theme = i;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->theme.field), theme);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->status.field),
                              ond_case_choices_find (self->statuses,
                                                     ond_plan_item_get_status (item)));
  gtk_switch_set_active (self->recurring, ond_plan_item_get_recurring (item));
}
