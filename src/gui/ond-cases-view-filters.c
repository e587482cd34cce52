/* ond-cases-view-filters.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The search and the filter drop-downs of the case list (status, theme, source, year). Each
 * drop-down offers "all" at position 0 and then the choices of the store; what the user
 * picks is handed to the OndCaseList, which filters in SQL. */

#define G_LOG_DOMAIN "ond-cases-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-choices.h"
#include "ond-cases-view-private.h"
#include "ond-store-vocabulary.h"
#include "ond-theme.h"

/* The year filter offers every year from this one to the current. */
#define FIRST_YEAR 2000

static void
on_search_changed_cb (OndCasesView   *self,
                      GtkSearchEntry *entry)
{
  if (self->cases != NULL)
    ond_case_list_set_search (self->cases, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_filter_changed_cb (OndCasesView *self,
                      GParamSpec   *pspec,
                      GtkDropDown  *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->cases == NULL)
    return;

  /* Position 0 is "all" everywhere. */
  if (dropdown == self->status_dropdown)
    {
      ond_case_list_set_status (self->cases, selected > 0 ?
                                ond_case_choices_code (self->statuses, selected - 1) : NULL);
    }
  else if (dropdown == self->source_dropdown)
    {
      ond_case_list_set_source (self->cases, selected > 0 ?
                                ond_case_choices_code (self->sources, selected - 1) : NULL);
    }
  else if (dropdown == self->theme_dropdown)
    {
      ond_case_list_set_theme (self->cases, selected > 0 && selected <= self->theme_ids->len ?
                               g_array_index (self->theme_ids, gint64, selected - 1) : 0);
    }
  else if (dropdown == self->year_dropdown)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      ond_case_list_set_year (self->cases, selected > 0 && selected != GTK_INVALID_LIST_POSITION ?
                              g_date_time_get_year (now) - (int) selected + 1 : 0);
    }
}

static GPtrArray *
list_vocabulary (OndCasesView *self,
                 const char   *table)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = ond_store_list_vocabulary (self->store, table, &error);

  if (entries == NULL)
    _ond_cases_view_report_error (self, error);
  return entries;
}

static void
fill_vocabulary_filters (OndCasesView *self)
{
  g_autoptr(GtkStringList) statuses = NULL;
  g_autoptr(GtkStringList) sources = NULL;

  g_clear_pointer (&self->statuses, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  if (self->store != NULL)
    {
      self->statuses = list_vocabulary (self, "case_status");
      self->sources = list_vocabulary (self, "case_source");
    }

  statuses = ond_case_choices_model (self->statuses, _("All statuses"));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  sources = ond_case_choices_model (self->sources, _("All sources"));
  gtk_drop_down_set_model (self->source_dropdown, G_LIST_MODEL (sources));
  gtk_drop_down_set_selected (self->source_dropdown, 0);
}

void
_ond_cases_view_fill_theme_filter (OndCasesView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(GError) error = NULL;

  g_array_set_size (self->theme_ids, 0);
  gtk_string_list_append (names, _("All themes"));
  if (self->store != NULL && self->plan != NULL)
    {
      themes = ond_store_list_themes (self->store, ond_plan_get_id (self->plan), &error);
      if (themes == NULL)
        _ond_cases_view_report_error (self, error);
    }
  for (guint i = 0; themes != NULL && i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);
      const char *short_name = ond_theme_get_short_name (theme);
      gint64 id = ond_theme_get_id (theme);

      gtk_string_list_append (names, short_name != NULL && short_name[0] != '\0' ?
                                     short_name : ond_theme_get_name (theme));
      g_array_append_val (self->theme_ids, id);
    }

  gtk_drop_down_set_model (self->theme_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->theme_dropdown, 0);
}

void
_ond_cases_view_fill_year_filter (OndCasesView *self)
{
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_string_list_append (years, _("All years"));
  for (int year = g_date_time_get_year (now); year >= FIRST_YEAR; year--)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%d", year);
      gtk_string_list_append (years, text);
    }
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->year_dropdown, 0);
}

void
_ond_cases_view_reset_filters (OndCasesView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  fill_vocabulary_filters (self);
  _ond_cases_view_fill_theme_filter (self);
  _ond_cases_view_fill_year_filter (self);
}

void
_ond_cases_view_class_filters_init (OndCasesViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
}
