/* ond-application-a11y.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Names that GTK 4.8 and libadwaita 1.2 leave out, given to every window of the application
 * when a widget is shown, so that a screen reader (and ../shared/tools/ui-drive) can find
 * each control by its name:
 *
 * - the button inside a GtkDropDown is named after its type ("GtkToggleButton"); it gets
 *   the drop-down's name: from the label that names the drop-down nearby (its mnemonic
 *   widget), else from the drop-down's tooltip, else from the drop-down's own accessible
 *   label (a relation: the drop-down then needs one);
 * - the close button of a toast (AdwToastWidget) has only an icon; it is named "Dismiss".
 *
 * A name that a view gave the button itself with an accessible label stays, but for the
 * drop-down's tooltip, which says the same. */

#define G_LOG_DOMAIN "ond-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-application-private.h"

/* How far up from a drop-down the label that names it is looked for: the label sits beside
 * it in a row or a box. */
#define LABEL_SEARCH_LEVELS 3

static GtkWidget *
find_mnemonic_label (GtkWidget *widget,
                     GtkWidget *target)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_mnemonic_widget (GTK_LABEL (widget)) == target)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = find_mnemonic_label (child, target);

      if (label != NULL)
        return label;
    }
  return NULL;
}

static void
name_drop_down_button (GtkWidget *drop_down)
{
  GtkWidget *area = drop_down;
  GtkWidget *label;
  const char *tooltip = gtk_widget_get_tooltip_text (drop_down);

  for (int i = 0; i < LABEL_SEARCH_LEVELS && gtk_widget_get_parent (area) != NULL; i++)
    area = gtk_widget_get_parent (area);
  label = find_mnemonic_label (area, drop_down);

  for (GtkWidget *child = gtk_widget_get_first_child (drop_down);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!GTK_IS_TOGGLE_BUTTON (child))
        continue;
      if (label != NULL)
        gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                        -1);
      else if (tooltip != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                        -1);
      else
        gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY, drop_down, NULL,
                                        -1);
    }
}

static void
name_toast_close_button (GtkWidget *toast)
{
  for (GtkWidget *child = gtk_widget_get_first_child (toast);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child)
        && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), "window-close-symbolic") == 0)
      {
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, _("Dismiss"),
                                        -1);
        gtk_widget_set_tooltip_text (child, _("Dismiss"));
      }
}

static gboolean
on_widget_map_cb (GSignalInvocationHint *hint,
                  guint                  n_param_values,
                  const GValue          *param_values,
                  gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&param_values[0]);

  if (GTK_IS_DROP_DOWN (widget))
    name_drop_down_button (widget);
  /* The toast's widget is private to libadwaita: known by its name only. */
  else if (g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "AdwToastWidget") == 0)
    name_toast_close_button (widget);
  return TRUE;
}

/**
 * _ond_application_a11y_init:
 *
 * Names the controls GTK 4.8 and libadwaita 1.2 leave without a name in every widget that
 * is shown from now on. Once a process, at startup.
 */
void
_ond_application_a11y_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      /* The signal exists once the class does. */
      gpointer widget_class = g_type_class_ref (GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_widget_map_cb,
                                  NULL, NULL);
      g_type_class_unref (widget_class);
      g_once_init_leave (&done, 1);
    }
}
