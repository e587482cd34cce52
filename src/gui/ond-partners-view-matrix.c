/* ond-partners-view-matrix.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The interventie menukaart as a table: a row per intervention (its name, "No longer used"
 * when retired, and a menu: rename, retire or bring back, delete), a column per partner
 * that can carry out any intervention or was given a column, and in each cell a check
 * button that sets the cell in the store at once. A cell's accessible name says what it
 * means: "Politie can carry out BRP controle", with long names of interventions shortened
 * where that keeps them apart. A retired partner's column stays while it has cells; they
 * can be cleared, not set. The columns depend on the data and are made here (each says how
 * it is exported: ond-partners-view-export.c). */

#define G_LOG_DOMAIN "ond-partners-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-partners-view-private.h"
#include "ond-store-partners.h"

/* Interventions whose names are longer are named by their first words in the cells'
 * accessible names. */
#define SHORT_LABEL_CHARS 40

/* What the cells of one partner's column need; owned by the column's factory. */
typedef struct
{
  OndPartnersView *view;
  OndPartner      *partner;
} ColumnData;

static void
column_data_free (gpointer  data,
                  GClosure *closure)
{
  ColumnData *column = data;

  g_object_unref (column->partner);
  g_free (column);
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

/* "Integrale controles in kwetsbare branches en …": the words that fit. */
static char *
shorten (const char *name)
{
  const char *cut;
  const char *space = NULL;

  if (g_utf8_strlen (name, -1) <= SHORT_LABEL_CHARS)
    return g_strdup (name);
  cut = g_utf8_offset_to_pointer (name, SHORT_LABEL_CHARS);
  for (const char *p = name; p < cut; p++)
    if (*p == ' ')
      space = p;
  if (space == NULL)
    space = cut;
  return g_strdup_printf ("%.*s…", (int) (space - name), name);
}

/* A short label per intervention; two that would read the same keep their whole names. */
void
_ond_partners_view_update_short_labels (OndPartnersView *self,
                                        GListModel      *interventions)
{
  guint n = interventions != NULL ? g_list_model_get_n_items (interventions) : 0;
  g_autoptr(GHashTable) uses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) shorts = g_ptr_array_new_with_free_func (g_free);

  g_hash_table_remove_all (self->short_labels);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (interventions, i);
      char *label = shorten (ond_intervention_get_name (intervention));

      g_ptr_array_add (shorts, label);
      g_hash_table_insert (uses, g_strdup (label),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (uses, label))
                                             + 1));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (interventions, i);
      const char *label = g_ptr_array_index (shorts, i);
      gint64 *key = g_new (gint64, 1);

      *key = ond_intervention_get_id (intervention);
      if (GPOINTER_TO_UINT (g_hash_table_lookup (uses, label)) > 1)
        label = ond_intervention_get_name (intervention);
      g_hash_table_insert (self->short_labels, key, g_strdup (label));
    }
}

const char *
_ond_partners_view_short_label (OndPartnersView *self,
                                OndIntervention *intervention)
{
  gint64 id = ond_intervention_get_id (intervention);
  const char *label = g_hash_table_lookup (self->short_labels, &id);

  return label != NULL ? label : ond_intervention_get_name (intervention);
}

/* The cells of a partner's column. */

static void
on_cell_toggled_cb (GtkCheckButton *check,
                    GtkListItem    *list_item);

/* The check button as the intervention and the partner are now. */
static void
update_cell (GtkListItem *list_item,
             ColumnData  *column)
{
  OndIntervention *intervention = gtk_list_item_get_item (list_item);
  GtkCheckButton *check = GTK_CHECK_BUTTON (gtk_list_item_get_child (list_item));
  gboolean can;
  g_autofree char *label = NULL;

  if (intervention == NULL)
    return;
  can = ond_intervention_has_partner (intervention, ond_partner_get_id (column->partner));
  g_signal_handlers_block_by_func (check, on_cell_toggled_cb, list_item);
  gtk_check_button_set_active (check, can);
  g_signal_handlers_unblock_by_func (check, on_cell_toggled_cb, list_item);
  /* A retired partner's cells can be cleared, not set. */
  gtk_widget_set_sensitive (GTK_WIDGET (check),
                            _ond_partners_view_is_writable (column->view) &&
                            (can || !ond_partner_get_retired (column->partner)));

  /* Translators: the name of a cell of the menu of interventions, e.g. "Politie can carry
   * out BRP controle". */
  label = g_strdup_printf (_("%s can carry out %s"), ond_partner_get_short_name (column->partner),
                           _ond_partners_view_short_label (column->view, intervention));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (check), label);
}

static void
on_cell_toggled_cb (GtkCheckButton *check,
                    GtkListItem    *list_item)
{
  ColumnData *column = g_object_get_data (G_OBJECT (check), "ond-column");
  OndIntervention *intervention = gtk_list_item_get_item (list_item);
  OndPartnersView *self = column->view;
  g_autoptr(GError) error = NULL;

  if (intervention == NULL || !_ond_partners_view_is_writable (self))
    return;
  if (!ond_store_set_menukaart_cell (self->store, ond_intervention_get_id (intervention),
                                     ond_partner_get_id (column->partner),
                                     gtk_check_button_get_active (check), &error))
    {
      _ond_partners_view_report_error (self, error);
      update_cell (list_item, column);
    }
  /* The store's ::changed reads the menukaart again: the intervention is updated in place
   * and the check button stays, with the keyboard focus. */
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               ColumnData               *column)
{
  GtkWidget *check = g_object_new (GTK_TYPE_CHECK_BUTTON,
                                   "halign", GTK_ALIGN_CENTER,
                                   "valign", GTK_ALIGN_CENTER,
                                   NULL);

  /* The column of the check button, which lives as long as the factory that made it. */
  g_object_set_data (G_OBJECT (check), "ond-column", column);
  g_signal_connect (check, "toggled", G_CALLBACK (on_cell_toggled_cb), list_item);
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_child (list_item, check);
}

static void
on_item_notify_cb (GtkListItem *list_item,
                   GParamSpec  *pspec,
                   GObject     *item)
{
  GtkWidget *check = gtk_list_item_get_child (list_item);

  update_cell (list_item, g_object_get_data (G_OBJECT (check), "ond-column"));
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              ColumnData               *column)
{
  g_signal_connect_object (gtk_list_item_get_item (list_item), "notify",
                           G_CALLBACK (on_item_notify_cb), list_item, G_CONNECT_SWAPPED);
  /* A partner retired or brought back: its empty cells can be set or not. */
  g_signal_connect_object (column->partner, "notify",
                           G_CALLBACK (on_item_notify_cb), list_item, G_CONNECT_SWAPPED);
  update_cell (list_item, column);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                ColumnData               *column)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (list_item), on_item_notify_cb,
                                        list_item);
  g_signal_handlers_disconnect_by_func (column->partner, on_item_notify_cb, list_item);
}

/* The intervention's own cell: its name, whether it is retired, and its menu. */

static void
append_item (GMenu      *menu,
             const char *label,
             const char *action,
             gint64      id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
}

static void
update_name_cell (GtkListItem *list_item)
{
  OndIntervention *intervention = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *retired = gtk_widget_get_next_sibling (name);
  GtkWidget *menu_button = gtk_widget_get_next_sibling (retired);
  OndPartnersView *self = g_object_get_data (G_OBJECT (box), "ond-view");
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree char *accessible = NULL;
  gint64 id;

  if (intervention == NULL)
    return;
  id = ond_intervention_get_id (intervention);
  gtk_label_set_label (GTK_LABEL (name), ond_intervention_get_name (intervention));
  gtk_widget_set_visible (retired, ond_intervention_get_retired (intervention));

  append_item (menu, _("_Rename…"), "menukaart.rename", id);
  if (ond_intervention_get_retired (intervention))
    append_item (menu, _("_Bring Back"), "menukaart.bring-back", id);
  else
    append_item (menu, _("_Retire"), "menukaart.retire", id);
  append_item (menu, _("_Delete…"), "menukaart.delete", id);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_widget_set_visible (menu_button, _ond_partners_view_is_writable (self));
  /* Translators: the accessible name of an intervention's menu button, e.g. "Actions for
   * BRP controle". */
  accessible = g_strdup_printf (_("Actions for %s"),
                                _ond_partners_view_short_label (self, intervention));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
setup_name_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               OndPartnersView          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = g_object_new (GTK_TYPE_LABEL,
                                  "xalign", 0.0f,
                                  "hexpand", TRUE,
                                  "wrap", TRUE,
                                  "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                  "width-chars", 20,
                                  "max-width-chars", 70,
                                  "use-markup", FALSE,
                                  NULL);
  GtkWidget *retired = gtk_label_new (_("No longer used"));
  GtkWidget *menu_button = g_object_new (GTK_TYPE_MENU_BUTTON,
                                         "icon-name", "view-more-symbolic",
                                         "tooltip-text", _("More Actions"),
                                         "valign", GTK_ALIGN_CENTER,
                                         NULL);

  gtk_widget_add_css_class (retired, "caption");
  gtk_widget_add_css_class (retired, "dim-label");
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), retired);
  gtk_box_append (GTK_BOX (box), menu_button);
  /* The view, which outlives its cells. */
  g_object_set_data (G_OBJECT (box), "ond-view", self);
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_child (list_item, box);
}

static void
on_name_item_notify_cb (GtkListItem *list_item)
{
  update_name_cell (list_item);
}

static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              OndPartnersView          *self)
{
  g_signal_connect_object (gtk_list_item_get_item (list_item), "notify",
                           G_CALLBACK (on_name_item_notify_cb), list_item, G_CONNECT_SWAPPED);
  update_name_cell (list_item);
}

static void
unbind_name_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                OndPartnersView          *self)
{
  g_signal_handlers_disconnect_by_func (gtk_list_item_get_item (list_item),
                                        on_name_item_notify_cb, list_item);
}

void
_ond_partners_view_init_matrix (OndPartnersView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_name_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_name_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_name_cb), self);
  gtk_column_view_column_set_factory (self->intervention_column, factory);
}

/* The columns: the partners that can carry out an intervention or had a column before, in
 * the partners' order; a retired partner only while it has cells. */
static GArray *
column_ids (OndPartnersView *self)
{
  GListModel *partners = G_LIST_MODEL (self->partners);
  GListModel *interventions = G_LIST_MODEL (self->interventions);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);
      gint64 id = ond_partner_get_id (partner);
      gboolean shown = !ond_partner_get_retired (partner) && has_id (self->kept_column_ids, id);

      for (guint j = 0; !shown && j < g_list_model_get_n_items (interventions); j++)
        {
          g_autoptr(OndIntervention) intervention = g_list_model_get_item (interventions, j);

          shown = ond_intervention_has_partner (intervention, id);
        }
      if (shown)
        g_array_append_val (ids, id);
    }
  return ids;
}

static char *
column_title (OndPartner *partner)
{
  if (ond_partner_get_retired (partner))
    /* Translators: the title of a retired partner's column of the menu of interventions. */
    return g_strdup_printf (_("%s (retired)"), ond_partner_get_short_name (partner));
  return g_strdup (ond_partner_get_short_name (partner));
}

static void
make_columns (OndPartnersView *self,
              GArray          *ids)
{
  for (guint i = 0; i < self->partner_columns->len; i++)
    gtk_column_view_remove_column (self->matrix_view,
                                   g_ptr_array_index (self->partner_columns, i));
  g_ptr_array_set_size (self->partner_columns, 0);
  g_array_set_size (self->column_partner_ids, 0);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      OndPartner *partner = _ond_partners_view_find_partner (self, id);
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autofree char *title = column_title (partner);
      ColumnData *data = g_new0 (ColumnData, 1);

      data->view = self;
      data->partner = g_object_ref (partner);
      g_signal_connect_data (factory, "setup", G_CALLBACK (setup_cell_cb), data,
                             column_data_free, 0);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), data);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), data);
      column = gtk_column_view_column_new (title, g_object_ref (factory));
      gtk_column_view_column_set_fixed_width (column, 112);
      _ond_partners_view_export_partner_column (column, id);
      gtk_column_view_append_column (self->matrix_view, column);
      g_ptr_array_add (self->partner_columns, g_object_ref (column));
      g_array_append_val (self->column_partner_ids, id);
      if (!has_id (self->kept_column_ids, id))
        g_array_append_val (self->kept_column_ids, id);
    }
}

/* The menu of the partners that take part and have no column yet. */
static void
update_add_column_menu (OndPartnersView *self)
{
  GListModel *partners = G_LIST_MODEL (self->partners);
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);
      gint64 id = ond_partner_get_id (partner);

      if (!ond_partner_get_retired (partner) && !has_id (self->column_partner_ids, id))
        append_item (menu, ond_partner_get_name (partner), "menukaart.show-partner", id);
    }
  gtk_menu_button_set_menu_model (self->add_column_button, G_MENU_MODEL (menu));
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_column_button),
                            _ond_partners_view_is_writable (self) &&
                            g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 0);
}

void
_ond_partners_view_update_matrix (OndPartnersView *self,
                                  gboolean         partners_changed)
{
  g_autoptr(GArray) ids = NULL;
  gboolean same;

  ids = column_ids (self);
  same = !partners_changed && ids->len == self->column_partner_ids->len;
  for (guint i = 0; same && i < ids->len; i++)
    same = g_array_index (ids, gint64, i) == g_array_index (self->column_partner_ids, gint64, i);

  if (!same)
    make_columns (self, ids);
  else
    for (guint i = 0; i < ids->len; i++)
      {
        OndPartner *partner = _ond_partners_view_find_partner (self,
                                                               g_array_index (ids, gint64, i));
        g_autofree char *title = column_title (partner);

        gtk_column_view_column_set_title (g_ptr_array_index (self->partner_columns, i), title);
      }
  update_add_column_menu (self);
}

void
_ond_partners_view_show_column (OndPartnersView *self,
                                gint64           partner_id)
{
  OndPartner *partner = _ond_partners_view_find_partner (self, partner_id);

  if (partner == NULL || ond_partner_get_retired (partner) ||
      has_id (self->kept_column_ids, partner_id))
    return;
  g_array_append_val (self->kept_column_ids, partner_id);
  _ond_partners_view_update_matrix (self, FALSE);
}
