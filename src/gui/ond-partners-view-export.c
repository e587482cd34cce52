/* ond-partners-view-export.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Exporting what the partners view shows (ond-list-export.c), from the page shown:
 * partners.export-list (an Export… button on each page, Ctrl+E, the window's
 * win.export-list) asks where to save it, and is off while that page lists nothing.
 *
 * The partners: the lists of the three kinds one after the other, each in its order, as
 * the page shows them, with their kind, whether they are in the regiegroep, their contact
 * role and whether they are retired. The lists are rows of a GtkListBox, which has no
 * columns; what is exported is said by a table of the template that is never shown
 * (partners_export_view: its columns and a model of the same rows), so the partners go to
 * a workbook the way every other list does.
 *
 * The menukaart: the matrix as shown, a row per intervention (a retired one marked as on
 * screen, "no longer used"), a column per partner shown (a retired one's title says so)
 * with an "x" where the partner can carry out the intervention. The partner columns are
 * made with the data (ond-partners-view-matrix.c), which calls
 * _ond_partners_view_export_partner_column () for each. */

#define G_LOG_DOMAIN "ond-partners-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-list-export.h"
#include "ond-partners-view-private.h"

/* The page of the view that is shown: "partners" or "menukaart". */
static const char *
shown_page (OndPartnersView *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->pages);

  return name != NULL ? name : "partners";
}

/* The list the page shown exports. */
static GtkColumnView *
shown_list (OndPartnersView *self)
{
  if (g_strcmp0 (shown_page (self), "menukaart") == 0)
    return self->matrix_view;
  return self->partners_export_view;
}

static void
update_export_action (OndPartnersView *self)
{
  GtkSelectionModel *rows = gtk_column_view_get_model (shown_list (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "partners.export-list",
                                 rows != NULL &&
                                 g_list_model_get_n_items (G_LIST_MODEL (rows)) > 0);
}

/* The cells. */

static void
export_intervention_cb (OndXlsxTable *table,
                        gpointer      item,
                        gpointer      user_data)
{
  g_autofree char *text = NULL;

  if (!ond_intervention_get_retired (item))
    {
      ond_xlsx_table_add_text (table, ond_intervention_get_name (item));
      return;
    }
  /* Translators: a retired intervention in an exported menu of interventions, as the
   * table marks it, e.g. "BRP controle (no longer used)". */
  text = g_strdup_printf (_("%s (no longer used)"), ond_intervention_get_name (item));
  ond_xlsx_table_add_text (table, text);
}

static void
export_cell_cb (OndXlsxTable *table,
                gpointer      item,
                gpointer      user_data)
{
  gint64 *partner_id = user_data;

  /* A cross where the partner can carry it out, as one marks a printed matrix. */
  ond_xlsx_table_add_text (table, ond_intervention_has_partner (item, *partner_id) ? "x" : NULL);
}

/**
 * _ond_partners_view_export_partner_column:
 * @column: the column of the menukaart of a partner
 * @partner_id: the partner's id
 *
 * Exports the column as an "x" in the rows of the interventions the partner can carry out.
 */
void
_ond_partners_view_export_partner_column (GtkColumnViewColumn *column,
                                          gint64               partner_id)
{
  ond_list_export_column_func (column, OND_XLSX_TEXT, export_cell_cb,
                               g_memdup2 (&partner_id, sizeof partner_id), g_free);
}

/* The line below the title of the menukaart: what the crosses mean. */
static char *
describe_menukaart (gpointer user_data)
{
  /* Translators: below the title of the exported menu of interventions. */
  return g_strdup (_("x: the partner can carry out the intervention"));
}

/* The table of the partners that is not shown. */
static void
add_partner_column (OndPartnersView *self,
                    const char      *title,
                    OndXlsxKind      kind,
                    const char      *property)
{
  g_autoptr(GtkColumnViewColumn) column = gtk_column_view_column_new (title, NULL);

  ond_list_export_column_property (column, kind, property);
  gtk_column_view_append_column (self->partners_export_view, column);
}

static void
export_list_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  OndPartnersView *self = OND_PARTNERS_VIEW (widget);

  ond_list_export_choose (shown_list (self));
}

/**
 * _ond_partners_view_init_export:
 * @self: an #OndPartnersView, its template made and its lists bound
 *
 * Makes the partners and the menukaart exportable, and partners.export-list follow the
 * page shown.
 */
void
_ond_partners_view_init_export (OndPartnersView *self)
{
  g_autoptr(GListStore) kinds = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkFlattenListModel) partners = NULL;
  g_autoptr(GtkNoSelection) rows = NULL;

  /* The partners in the order of the page: the municipal teams, the external partners,
   * the RIEC covenant partners. */
  g_list_store_append (kinds, self->municipal_partners);
  g_list_store_append (kinds, self->external_partners);
  g_list_store_append (kinds, self->riec_partners);
  partners = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&kinds)));
  rows = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&partners)));
  gtk_column_view_set_model (self->partners_export_view, GTK_SELECTION_MODEL (rows));

  add_partner_column (self, _("Name"), OND_XLSX_TEXT, "name");
  add_partner_column (self, _("Short Name"), OND_XLSX_TEXT, "short-name");
  add_partner_column (self, _("Kind"), OND_XLSX_TEXT, "kind-label");
  add_partner_column (self, _("Regiegroep"), OND_XLSX_YES_NO, "regiegroep");
  add_partner_column (self, _("Contact Role"), OND_XLSX_TEXT, "contact-role");
  add_partner_column (self, _("Retired"), OND_XLSX_YES_NO, "retired");
  /* The file names are Dutch, like those of the other lists. */
  ond_list_export_setup (self->partners_export_view, NULL, NULL, _("Partners"), "partners",
                         NULL, NULL);

  ond_list_export_column_func (self->intervention_column, OND_XLSX_TEXT,
                               export_intervention_cb, NULL, NULL);
  ond_list_export_setup (self->matrix_view, NULL, NULL, _("Menu of Interventions"),
                         "interventiemenukaart", describe_menukaart, self);

  g_signal_connect_object (rows, "items-changed", G_CALLBACK (update_export_action), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->intervention_selection, "items-changed",
                           G_CALLBACK (update_export_action), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pages, "notify::visible-child",
                           G_CALLBACK (update_export_action), self, G_CONNECT_SWAPPED);
  update_export_action (self);
}

/**
 * _ond_partners_view_class_export_init:
 * @widget_class: the class of #OndPartnersView, its template set
 *
 * Installs partners.export-list, on Ctrl+E. Exporting changes nothing: it is on for a
 * read-only file too.
 */
void
_ond_partners_view_class_export_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, pages);
  gtk_widget_class_bind_template_child (widget_class, OndPartnersView, partners_export_view);
  gtk_widget_class_install_action (widget_class, "partners.export-list", NULL,
                                   export_list_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "partners.export-list", NULL);
}
