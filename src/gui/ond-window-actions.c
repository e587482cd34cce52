/* ond-window-actions.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The actions of the main window (win.*) and its keys:
 *
 *   win.search             Ctrl+F: the search of the section shown
 *   win.export-list        Ctrl+E: the list shown to a workbook
 *   win.new-plan-period    starts a new plan period from the plan shown (a form)
 *   win.council-reports    the council reports of the plan shown (a window of its own)
 *   win.switch-plan (x)    shows another plan (the plan switcher)
 *   win.new-case           Ctrl+N: a new signal in the casusoverleg
 *   win.show-follow-ups    the casusoverleg's list by next follow-up, the most overdue first
 *                          (the dashboard's "Show All Follow-ups")
 *   win.show-section (s)   shows a section by the name of its page
 *   win.show-error (s)     shows a message in a toast
 *
 * Search: a section that has its own "<name>.search" action (the cases, the planning, the
 * registers) is asked to search; any other has its first search entry on screen focused,
 * else the list with a search action on a page that is not shown is shown and searched (the
 * bookings of the Begroting). A section without any lets the key go on. Escape in a
 * section's search entry empties it, and in an empty one leaves the search for the list of
 * results (or the sidebar). In the sidebar, Tab goes on to the section shown.
 *
 * Export: the list on screen whose page has a "<name>.export-list" action (the registers,
 * the bookings, the monitoring figures, the cost lines, the cases) asks where to save it
 * (ond-list-export.c). */

#define G_LOG_DOMAIN "ond-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-council-reports-window.h"
#include "ond-plan-copy-dialog.h"
#include "ond-window-private.h"

/* Searching. */

/* The section's own action that starts its search: one named "<prefix>.search" without
 * parameter, or NULL. */
static const char *
find_search_action (GtkWidget *section)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (section);
  GType owner;
  const char *name;
  const GVariantType *parameter_type;
  const char *property_name;

  for (guint i = 0;
       gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property_name);
       i++)
    if (parameter_type == NULL && property_name == NULL && g_str_has_suffix (name, ".search"))
      return name;
  return NULL;
}

/* The first widget of @type on screen under @widget, in the order of the widget tree. */
static GtkWidget *
find_shown (GtkWidget *widget,
            GType      type)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_is_sensitive (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first widget under @widget, shown or not, that has its own search action. */
static GtkWidget *
find_search_owner (GtkWidget *widget)
{
  if (find_search_action (widget) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_search_owner (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Shows @widget, a page of a stack in @section that is not shown (the bookings of the
 * Begroting): each stack on the way up shows the page that holds it. */
static void
show_in_stacks (GtkWidget *widget,
                GtkWidget *section)
{
  for (GtkWidget *page = widget; page != NULL && page != section;
       page = gtk_widget_get_parent (page))
    {
      GtkWidget *parent = gtk_widget_get_parent (page);

      if (GTK_IS_STACK (parent))
        gtk_stack_set_visible_child (GTK_STACK (parent), page);
      else if (ADW_IS_VIEW_STACK (parent))
        adw_view_stack_set_visible_child (ADW_VIEW_STACK (parent), page);
    }
}

gboolean
_ond_window_focus_search (OndWindow *self)
{
  GtkWidget *section = gtk_stack_get_visible_child (self->stack);
  const char *action;
  GtkWidget *bar;
  GtkWidget *entry;
  GtkWidget *owner;

  if (section == NULL)
    return FALSE;

  /* On a narrow screen the sidebar may hide the section. (Not otherwise: the leaflet would
   * move the keyboard into the section, search or not.) */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  action = find_search_action (section);
  if (action != NULL && gtk_widget_activate_action (section, action, NULL))
    return TRUE;

  /* A search bar that is closed opens first. */
  bar = find_shown (section, GTK_TYPE_SEARCH_BAR);
  if (bar != NULL && !gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (bar)))
    gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (bar), TRUE);

  entry = find_shown (section, GTK_TYPE_SEARCH_ENTRY);
  if (entry != NULL)
    {
      gtk_widget_grab_focus (entry);
      gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
      return TRUE;
    }

  /* A list with a search on a page of the section that is not shown: that page first. */
  owner = find_search_owner (section);
  if (owner == NULL)
    return FALSE;
  show_in_stacks (owner, section);
  return gtk_widget_activate_action (owner, find_search_action (owner), NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  OndWindow *self = OND_WINDOW (widget);

  if (!_ond_window_focus_search (self))
    g_debug ("The section %s has no search", gtk_stack_get_visible_child_name (self->stack));
}

/* Ctrl+F: handled when the section has a search, else passed on to the section's own
 * shortcuts. */
static gboolean
on_search_key_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  return _ond_window_focus_search (OND_WINDOW (widget));
}

/* Exporting. */

/* The name of @widget's own action "<prefix>.export-list", or NULL. A page with more than
 * one list installs the action of its main list first; GTK lists a class's actions last
 * installed first, so the last one found is the main list's. */
static const char *
find_export_action (GtkWidget *widget)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (widget);
  GType owner;
  const char *name;
  const GVariantType *parameter_type;
  const char *property_name;
  const char *found = NULL;

  for (guint i = 0;
       gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property_name);
       i++)
    if (parameter_type == NULL && property_name == NULL &&
        g_str_has_suffix (name, ".export-list"))
      found = name;
  return found;
}

/* The first widget on screen under @widget that has its own export action. */
static GtkWidget *
find_export_owner (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (find_export_action (widget) != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_export_owner (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Exports the list the section shows, if it has one. */
static gboolean
export_shown_list (OndWindow *self)
{
  GtkWidget *section = gtk_stack_get_visible_child (self->stack);
  GtkWidget *owner = section != NULL ? find_export_owner (section) : NULL;

  if (owner == NULL)
    return FALSE;
  return gtk_widget_activate_action (owner, find_export_action (owner), NULL);
}

static void
export_list_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  OndWindow *self = OND_WINDOW (widget);

  if (!export_shown_list (self))
    g_debug ("The section %s shows no list to export",
             gtk_stack_get_visible_child_name (self->stack));
}

static gboolean
on_export_key_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  return export_shown_list (OND_WINDOW (widget));
}

/* Escape in a section's search entry: empties it; when it is empty, the keyboard goes on to
 * the results (the first list on screen), else back to the sidebar. */
static gboolean
on_key_pressed_cb (OndWindow             *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *keys)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *section = gtk_stack_get_visible_child (self->stack);
  GtkWidget *entry;
  GtkWidget *list;
  GtkListBoxRow *row;

  if (keyval != GDK_KEY_Escape || (state & gtk_accelerator_get_default_mod_mask ()) != 0
      || focus == NULL || section == NULL)
    return FALSE;
  entry = GTK_IS_SEARCH_ENTRY (focus) ? focus
                                      : gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY);
  if (entry == NULL || !gtk_widget_is_ancestor (entry, section))
    return FALSE;

  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), "");
      return TRUE;
    }

  list = find_shown (section, GTK_TYPE_COLUMN_VIEW);
  if (list == NULL)
    list = find_shown (section, GTK_TYPE_LIST_VIEW);
  if (list == NULL)
    list = find_shown (section, GTK_TYPE_LIST_BOX);
  if (list != NULL && gtk_widget_child_focus (list, GTK_DIR_TAB_FORWARD))
    return TRUE;

  row = gtk_list_box_get_selected_row (self->sidebar);
  if (row != NULL && gtk_widget_get_mapped (GTK_WIDGET (row)))
    return gtk_widget_grab_focus (GTK_WIDGET (row));
  return FALSE;
}

/* The sidebar: the arrow keys choose a section (GtkListBox), and Tab goes on to the section
 * shown, Shift+Tab back to the plan switcher or the main menu, instead of from row to row
 * through every section. On a narrow screen, where the sidebar hides the section, GTK's
 * own way stays. */
static gboolean
on_sidebar_key_pressed_cb (OndWindow             *self,
                           guint                  keyval,
                           guint                  keycode,
                           GdkModifierType        state,
                           GtkEventControllerKey *keys)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  gboolean forward = (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && mods == 0;
  gboolean backward = (keyval == GDK_KEY_ISO_Left_Tab || keyval == GDK_KEY_Tab
                       || keyval == GDK_KEY_KP_Tab) && mods == GDK_SHIFT_MASK;

  if (adw_leaflet_get_folded (self->leaflet))
    return FALSE;
  if (forward)
    return gtk_widget_child_focus (self->content_pane, GTK_DIR_TAB_FORWARD);
  if (backward && gtk_widget_get_visible (GTK_WIDGET (self->plan_switcher)))
    return gtk_widget_child_focus (GTK_WIDGET (self->plan_switcher), GTK_DIR_TAB_BACKWARD);
  if (backward)
    return gtk_widget_child_focus (self->sidebar_header, GTK_DIR_TAB_BACKWARD);
  return FALSE;
}

/* Plan periods. */

static void
on_plan_created_cb (OndWindow         *self,
                    gint64             plan_id,
                    OndPlanCopyDialog *dialog)
{
  g_autofree char *message = NULL;

  if (!_ond_window_switch_plan (self, plan_id) || self->plan == NULL)
    return;
  /* Translators: a toast after a new plan period was made, e.g. "Uitvoeringsplan
   * ondermijning 2025-2026 is now the current plan". */
  message = g_strdup_printf (_("%s is now the current plan"), ond_plan_get_title (self->plan));
  _ond_window_show_toast (self, message, FALSE);
}

static void
new_plan_period_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  OndWindow *self = OND_WINDOW (widget);
  OndPlanCopyDialog *dialog;

  if (self->plan == NULL || self->store == NULL || ond_store_is_read_only (self->store))
    return;

  dialog = ond_plan_copy_dialog_new (GTK_WINDOW (self), self->store, self->plan);
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_plan_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
switch_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  _ond_window_switch_plan (OND_WINDOW (widget), g_variant_get_int64 (param));
}

/* The council reports of the plan shown: print, PDF, workbook and the reports on record.
 * Also on a read-only file (reports are made there, not recorded). */
static void
council_reports_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  OndWindow *self = OND_WINDOW (widget);
  OndCouncilReportsWindow *window;

  if (self->plan == NULL || self->store == NULL)
    {
      _ond_window_show_toast (self, _("There is no plan to report on"), FALSE);
      return;
    }

  window = ond_council_reports_window_new (GTK_WINDOW (self), self->store, self->plan);
  gtk_window_present (GTK_WINDOW (window));
}

/* The other actions. */

static void
show_error_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  _ond_window_show_toast (OND_WINDOW (widget), g_variant_get_string (param, NULL), TRUE);
}

/* Shows a section by the name of its page, e.g. from a row of the overview or from the
 * notification of follow-ups that are due. */
static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  OndWindow *self = OND_WINDOW (widget);
  const char *name = g_variant_get_string (param, NULL);

  if (gtk_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_debug ("No section named %s", name);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, name);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
show_follow_ups_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  OndWindow *self = OND_WINDOW (widget);

  /* Showing the section gives its view the store first. */
  gtk_stack_set_visible_child_name (self->stack, "casusoverleg");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  ond_cases_view_show_follow_ups (self->cases_view);
}

/* Registers a new signal: the casusoverleg section shows its intake form. */
static void
new_case_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  OndWindow *self = OND_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->stack, "casusoverleg");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  ond_cases_view_new_case (self->cases_view);
}

void
_ond_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-error", "s", show_error_action);
  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, new_case_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-case", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-follow-ups", NULL,
                                   show_follow_ups_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.export-list", NULL, export_list_action);
  gtk_widget_class_install_action (widget_class, "win.new-plan-period", NULL,
                                   new_plan_period_action);
  gtk_widget_class_install_action (widget_class, "win.switch-plan", "x", switch_plan_action);
  gtk_widget_class_install_action (widget_class, "win.council-reports", NULL,
                                   council_reports_action);
}

void
_ond_window_init_actions (OndWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *sidebar_keys = gtk_event_controller_key_new ();
  GtkShortcut *search;

  /* Ctrl+F wherever the keyboard is, the sidebar included. A section's own Ctrl+F (a
   * binding of the section, or one the window manages for it) may come first: it does the
   * same. */
  search = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                             gtk_callback_action_new (on_search_key_cb, NULL, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), search);
  /* Ctrl+E likewise: the list shown to a workbook. */
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_e, GDK_CONTROL_MASK),
                      gtk_callback_action_new (on_export_key_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  /* Before the search entry's own Escape, which only tells that the search stopped. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_event_controller_set_propagation_phase (sidebar_keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (sidebar_keys, "key-pressed", G_CALLBACK (on_sidebar_key_pressed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar), sidebar_keys);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-plan-period", FALSE);
}
