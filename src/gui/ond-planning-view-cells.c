/* ond-planning-view-cells.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The widgets a planning row shows, in the table and on the board: its status as a menu
 * button that sets another status at once (planning.set-status), and what needs attention,
 * each in words beside an icon (not colour alone): overdue, or still to be decided (an
 * 'N.t.b.' slot, with a button that opens its form). And the table's columns that the
 * template cannot declare: the Edit and Delete buttons of each row, the Delete key. */

#define G_LOG_DOMAIN "ond-planning-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-form-field.h"
#include "ond-planning-view-private.h"
#include "ond-store-vocabulary.h"
#include "ond-table.h"

/* The status button. */

GtkWidget *
_ond_planning_status_button_new (void)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (button), TRUE);
  gtk_widget_set_tooltip_text (button, _("Change the status"));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

void
_ond_planning_status_button_bind (GtkWidget   *button,
                                  OndPlanItem *item,
                                  GPtrArray   *statuses)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree char *name = NULL;
  gint64 id = ond_plan_item_get_id (item);

  for (guint i = 0; statuses != NULL && i < statuses->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (statuses, i);
      g_autoptr(GMenuItem) menu_item = g_menu_item_new (entry->label, NULL);

      g_menu_item_set_action_and_target_value (menu_item, "planning.set-status",
                                               g_variant_new ("(xs)", id, entry->code));
      g_menu_append_item (menu, menu_item);
    }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), ond_plan_item_get_status_label (item));

  /* Translators: the accessible name of a planning row's status button: its text and status,
   * e.g. "Status of “Planning 2024 opstellen”: Gepland". */
  name = g_strdup_printf (_("Status of “%s”: %s"), ond_plan_item_get_what (item),
                          ond_plan_item_get_status_label (item));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

/* The flags. */

static GtkWidget *
new_flag (const char *icon_name,
          const char *text,
          const char *css_class)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  /* The words say it: for a screen reader the icon is decoration. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", icon_name,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, css_class);
  gtk_widget_set_visible (box, FALSE);
  return box;
}

GtkWidget *
_ond_planning_flags_new (gboolean fill_button)
{
  GtkWidget *flags = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_set_valign (flags, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (flags), new_flag ("dialog-warning-symbolic", _("Overdue"),
                                             "warning"));
  gtk_box_append (GTK_BOX (flags), new_flag ("document-edit-symbolic", _("To be decided"),
                                             "accent"));
  if (fill_button)
    {
      GtkWidget *button = gtk_button_new ();

      ond_form_set_button_label (GTK_BUTTON (button), _("_Fill In…"));
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", (gint64) 0);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "planning.edit-row");
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_visible (button, FALSE);
      gtk_box_append (GTK_BOX (flags), button);
    }
  return flags;
}

void
_ond_planning_flags_bind (GtkWidget   *flags,
                          OndPlanItem *item,
                          GDateTime   *today)
{
  GtkWidget *overdue = gtk_widget_get_first_child (flags);
  GtkWidget *slot = gtk_widget_get_next_sibling (overdue);
  GtkWidget *button = gtk_widget_get_next_sibling (slot);
  gboolean open = ond_plan_item_is_to_be_decided (item);

  gtk_widget_set_visible (overdue, today != NULL && ond_plan_item_is_overdue (item, today));
  gtk_widget_set_visible (slot, open);
  if (button != NULL)
    {
      /* Translators: the accessible name of the button that opens the form of an 'N.t.b.'
       * row, e.g. "Fill in 2024 Q2". */
      g_autofree char *name = g_strdup_printf (_("Fill in %d %s"),
                                               ond_plan_item_get_year (item),
                                               ond_plan_item_get_period_label (item));

      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x",
                                        ond_plan_item_get_id (item));
      gtk_widget_set_visible (button, open);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
    }
}

/* The template's columns. */

static void
setup_status_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 OndPlanningView          *self)
{
  gtk_list_item_set_child (list_item, _ond_planning_status_button_new ());
}

static void
bind_status_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                OndPlanningView          *self)
{
  _ond_planning_status_button_bind (gtk_list_item_get_child (list_item),
                                    gtk_list_item_get_item (list_item), self->statuses);
}

static void
setup_flags_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                OndPlanningView          *self)
{
  gtk_list_item_set_child (list_item, _ond_planning_flags_new (TRUE));
}

static void
bind_flags_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               OndPlanningView          *self)
{
  _ond_planning_flags_bind (gtk_list_item_get_child (list_item),
                            gtk_list_item_get_item (list_item), self->today);
}

/* The Attention column sorts overdue rows first, then those to be decided. The status is
 * looked up so that a change of it sorts the row again. */
static int
attention_rank (OndPlanItem *item,
                const char  *status)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int rank = 0;

  if (item == NULL)
    return 0;
  if (ond_plan_item_is_overdue (item, now))
    rank += 2;
  if (ond_plan_item_is_to_be_decided (item))
    rank += 1;
  return rank;
}

static gint64
item_id (gpointer item)
{
  return ond_plan_item_get_id (item);
}

static char *
button_name (gpointer item,
             gboolean delete,
             gpointer user_data)
{
  if (delete)
    /* Translators: the accessible name of a planning row's Delete button. */
    return g_strdup_printf (_("Delete “%s”"), ond_plan_item_get_what (item));
  /* Translators: the accessible name of a planning row's Edit button. */
  return g_strdup_printf (_("Edit “%s”"), ond_plan_item_get_what (item));
}

void
_ond_planning_view_init_columns (OndPlanningView *self)
{
  ond_table_add_actions_column (self->column_view, "planning.edit-row", "planning.delete-row",
                                item_id, button_name, NULL);
  ond_table_add_delete_key (GTK_WIDGET (self), GTK_WIDGET (self->column_view),
                            "planning.delete-selected");
}

void
_ond_planning_view_class_cells_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, setup_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_flags_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_flags_cb);
  gtk_widget_class_bind_template_callback (widget_class, attention_rank);
}
