/* ond-planning-view-export.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Exporting the planning as the table lists it (ond-list-export.c): the rows of the year
 * chosen that match the search, in the table's order (also while the board is shown), in
 * the table's columns: the year a number, the other columns the texts shown, and what needs
 * attention in the words the table shows beside its icons ("Overdue", "To be decided").
 * planning-table.export-list (its Export… button, Ctrl+E, the window's win.export-list) asks
 * where to save it; it is off while the table lists no row. */

#define G_LOG_DOMAIN "ond-planning-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-list-export.h"
#include "ond-planning-view-private.h"

/* "Overdue, To be decided": the flags of the Attention column, or an empty cell. */
static void
export_attention_cb (OndXlsxTable *table,
                     gpointer      item,
                     gpointer      user_data)
{
  OndPlanningView *self = user_data;
  g_autoptr(GPtrArray) flags = g_ptr_array_new ();
  g_autofree char *text = NULL;

  if (self->today != NULL && ond_plan_item_is_overdue (item, self->today))
    g_ptr_array_add (flags, (gpointer) _("Overdue"));
  if (ond_plan_item_is_to_be_decided (item))
    g_ptr_array_add (flags, (gpointer) _("To be decided"));
  g_ptr_array_add (flags, NULL);
  text = g_strjoinv (", ", (char **) flags->pdata);
  ond_xlsx_table_add_text (table, text);
}

/* The plan, the search and the year chosen ("Uitvoeringsplan ondermijning 2023-2024 ·
 * Search: “drugs” · Year: 2024"), for the line below the title of the workbook. */
static char *
describe_planning (gpointer user_data)
{
  OndPlanningView *self = user_data;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *search = g_strstrip (g_strdup (gtk_editable_get_text (
                                          GTK_EDITABLE (self->search_entry))));
  int year = _ond_planning_view_get_year (self);

  if (self->plan != NULL)
    g_ptr_array_add (parts, g_strdup (ond_plan_get_title (self->plan)));
  if (search[0] != '\0')
    /* Translators: below the title of an exported list: the words it was searched for. */
    g_ptr_array_add (parts, g_strdup_printf (_("Search: “%s”"), search));
  if (year > 0)
    /* Translators: below the title of an exported list: the year chosen. */
    g_ptr_array_add (parts, g_strdup_printf (_("Year: %d"), year));

  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
export_list_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ond_list_export_choose (OND_PLANNING_VIEW (widget)->column_view);
}

/**
 * _ond_planning_view_init_export:
 * @self: an #OndPlanningView, its template made
 *
 * Says how each column of the table is exported, and makes the table exportable.
 */
void
_ond_planning_view_init_export (OndPlanningView *self)
{
  ond_list_export_column_property (self->year_column, OND_XLSX_COUNT, "year");
  ond_list_export_column_property (self->period_column, OND_XLSX_TEXT, "period-label");
  ond_list_export_column_property (self->what_column, OND_XLSX_TEXT, "what");
  ond_list_export_column_property (self->who_column, OND_XLSX_TEXT, "who");
  ond_list_export_column_property (self->theme_column, OND_XLSX_TEXT, "theme-name");
  ond_list_export_column_property (self->status_column, OND_XLSX_TEXT, "status-label");
  ond_list_export_column_property (self->targets_column, OND_XLSX_TEXT, "targets");
  /* The view outlives its columns. */
  ond_list_export_column_func (self->attention_column, OND_XLSX_TEXT, export_attention_cb,
                               self, NULL);

  /* The name of the file is Dutch, like those of the other lists. */
  ond_list_export_setup (self->column_view, GTK_WIDGET (self), "planning-table.export-list",
                         _("Planning"), "planning", describe_planning, self);
}

/**
 * _ond_planning_view_class_export_init:
 * @widget_class: the class of #OndPlanningView, its template set
 *
 * Binds the table's columns and installs planning-table.export-list, on Ctrl+E.
 */
void
_ond_planning_view_class_export_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, year_column);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, period_column);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, what_column);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, who_column);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, theme_column);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, status_column);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, targets_column);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, attention_column);

  /* Exporting changes nothing: it stays on for a read-only file, so it is not among the
   * planning.* actions a read-only file switches off. */
  gtk_widget_class_install_action (widget_class, "planning-table.export-list", NULL,
                                   export_list_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "planning-table.export-list", NULL);
}
