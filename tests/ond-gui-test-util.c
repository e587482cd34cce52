/* ond-gui-test-util.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the GUI tests share: finding widgets as a screen reader walks the tree, pressing
 * and typing as a user does, the forms of records, reading tables as shown, a main window
 * on a test database, and records added through the core API. */

#include "config.h"

#include <string.h>

#include "ond-auto-save.h"
#include "ond-gui-test-util.h"

/* Finding widgets, as a screen reader would walk the tree. */

static void
collect_descendants (GtkWidget *widget,
                     GType      type,
                     GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_descendants (child, type, found);
}

GPtrArray *
find_all (GtkWidget *root,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_descendants (root, type, found);
  return found;
}

gpointer
find_first (GtkWidget *root,
            GType      type)
{
  g_autoptr(GPtrArray) found = find_all (root, type);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* A button the user can see and press, by its label. */
GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (gtk_widget_get_mapped (button) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), label) == 0)
        return button;
    }
  return NULL;
}

/* A button that shows only an icon, by its tooltip (which is also its accessible name). */
GtkWidget *
find_button_by_tooltip (GtkWidget  *root,
                        const char *tooltip)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (gtk_widget_get_mapped (button) &&
          g_strcmp0 (gtk_widget_get_tooltip_text (button), tooltip) == 0)
        return button;
    }
  return NULL;
}

/* A row of a form, by its title. */
gpointer
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  g_autoptr(GPtrArray) rows = find_all (root, type);

  for (guint i = 0; i < rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (row), title) == 0)
        return row;
    }
  return NULL;
}

gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  g_autoptr(GPtrArray) labels = find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_get_mapped (label) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The message below a field, shown with the field marked. */
void
assert_field_message (GtkWidget  *root,
                      GType       type,
                      const char *title,
                      const char *message_part)
{
  GtkWidget *row = find_row (root, type, title);
  GtkWidget *next;
  GtkWidget *label;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  next = gtk_widget_get_next_sibling (row);
  g_assert_nonnull (next);
  g_assert_true (gtk_widget_get_visible (next));
  label = find_first (next, GTK_TYPE_LABEL);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), message_part));
}

void
run_until_idle (void)
{
  /* Let layout, frame clock and idle handlers run: a few frames' worth. */
  for (int i = 0; i < 5; i++)
    {
      g_usleep (10000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

/* The toplevel window of @type that is shown, if any. */
gpointer
find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  run_until_idle ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

/* Presses a button the way a pointer click ends: it must be shown and sensitive. */
void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  run_until_idle ();
}

gpointer
click_for_dialog (GtkWidget *button,
                  GType      type)
{
  gpointer dialog;

  click (button);
  dialog = find_window (type);
  g_assert_nonnull (dialog);
  return dialog;
}

void
type_text (gpointer    editable,
           const char *text)
{
  g_assert_nonnull (editable);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

/* The labels a combo row offers. */
GStrv
combo_labels (AdwComboRow *row)
{
  GListModel *model = adw_combo_row_get_model (row);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    g_strv_builder_add (builder, gtk_string_list_get_string (GTK_STRING_LIST (model), i));
  return g_strv_builder_end (builder);
}

void
choose (AdwComboRow *row,
        const char  *label)
{
  g_auto(GStrv) labels = NULL;

  g_assert_nonnull (row);
  labels = combo_labels (row);
  for (guint i = 0; labels[i] != NULL; i++)
    if (g_strcmp0 (labels[i], label) == 0)
      {
        adw_combo_row_set_selected (row, i);
        run_until_idle ();
        return;
      }
  g_error ("“%s” is not offered", label);
}

void
choose_in_dropdown (GtkDropDown *dropdown,
                    const char  *label)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      {
        gtk_drop_down_set_selected (dropdown, i);
        run_until_idle ();
        return;
      }
  g_error ("“%s” is not offered", label);
}

GtkDropDown *
find_dropdown (GtkWidget  *root,
               const char *tooltip)
{
  g_autoptr(GPtrArray) dropdowns = find_all (root, GTK_TYPE_DROP_DOWN);

  for (guint i = 0; i < dropdowns->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (dropdowns, i)), tooltip) == 0)
      return g_ptr_array_index (dropdowns, i);
  return NULL;
}

gboolean
wait_for_n_items (GListModel *model,
                  guint       n)
{
  gint64 end = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  while (g_list_model_get_n_items (model) != n && g_get_monotonic_time () < end)
    {
      g_usleep (20000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  return g_list_model_get_n_items (model) == n;
}

char *
format_today (int days_ahead)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days_ahead);

  return g_date_time_format (day, "%d-%m-%Y");
}

/* Whether any label under @root, shown or not, contains @text. */
gboolean
any_label_contains (GtkWidget  *root,
                    const char *text)
{
  g_autoptr(GPtrArray) labels = find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
      return TRUE;
  return FALSE;
}

/* A mapped button by its label or its tooltip. */
GtkWidget *
find_button_named (GtkWidget  *root,
                   const char *name)
{
  GtkWidget *button = find_button (root, name);

  return button != NULL ? button : find_button_by_tooltip (root, name);
}

/* The dialog of @type that is open, waiting for it a little. */
gpointer
find_dialog (GType type)
{
  gint64 end = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  while (g_get_monotonic_time () < end)
    {
      g_autoptr(GList) windows = gtk_window_list_toplevels ();

      for (const GList *iter = windows; iter != NULL; iter = iter->next)
        if (G_TYPE_CHECK_INSTANCE_TYPE (iter->data, type) &&
            gtk_widget_get_visible (iter->data))
          return iter->data;
      g_main_context_iteration (NULL, FALSE);
    }
  return NULL;
}

/* Runs the main loop until the window that *@weak_window points to (a weak pointer) is
 * freed, at most @seconds s; fails the test if it is not. */
static void
wait_until_freed (GtkWindow **weak_window,
                  int         seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_TIME_SPAN_SECOND;

  while (*weak_window != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (*weak_window);
}

/* Clicks a response of a message dialog as the user would, and waits for it to close. */
void
click_response (gpointer    dialog,
                const char *label)
{
  GtkWindow *weak_dialog = dialog;
  GtkWidget *button = find_button_named (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &weak_dialog);
  gtk_widget_activate (button);
  wait_until_freed (&weak_dialog, 5);
  run_until_idle ();
}

/* A plain window around @child (a view tested on its own), shown and laid out. */
GtkWindow *
show_in_window (GtkWidget *child)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  gtk_window_set_default_size (window, 1100, 720);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (child) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (child));
  run_until_idle ();
  return window;
}

/* Destroys @window and checks that it is freed. */
void
destroy_window (GtkWindow *window)
{
  GtkWindow *weak_window = window;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak_window);
  gtk_window_destroy (window);
  wait_until_freed (&weak_window, 10);
}

/* A button the user can see, by the action it starts (and its target, when not NULL). */
GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action,
                    GVariant   *target)
{
  g_autoptr(GPtrArray) buttons = find_all (root, GTK_TYPE_BUTTON);
  g_autoptr(GVariant) sunk = target != NULL ? g_variant_ref_sink (target) : NULL;

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

      if (gtk_widget_get_mapped (button) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0 &&
          (sunk == NULL || (value != NULL && g_variant_equal (value, sunk))))
        return button;
    }
  return NULL;
}

void
search_for (GtkWidget  *root,
            const char *text)
{
  GtkSearchEntry *entry = find_first (root, GTK_TYPE_SEARCH_ENTRY);
  gint64 end = g_get_monotonic_time () + G_TIME_SPAN_SECOND;

  g_assert_nonnull (entry);
  type_text (entry, text);
  /* The entry waits a moment before it searches. */
  while (g_get_monotonic_time () < end)
    run_until_idle ();
}

gboolean
is_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The forms of records. */

static gpointer
form_row (gpointer    form,
          GType       type,
          const char *title)
{
  gpointer row = find_row (GTK_WIDGET (form), type, title);

  g_assert_nonnull (row);
  return row;
}

AdwEntryRow *
form_entry (gpointer    form,
            const char *title)
{
  return form_row (form, ADW_TYPE_ENTRY_ROW, title);
}

AdwComboRow *
form_combo (gpointer    form,
            const char *title)
{
  return form_row (form, ADW_TYPE_COMBO_ROW, title);
}

GtkWidget *
assert_saves_at_once (gpointer    form,
                      const char *title)
{
  AdwWindowTitle *window_title = find_first (GTK_WIDGET (form), ADW_TYPE_WINDOW_TITLE);
  GtkWidget *close_button = find_action_button (GTK_WIDGET (form), "window.close", NULL);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (form)), ==, title);
  g_assert_null (find_button_named (GTK_WIDGET (form), "_Save"));
  g_assert_null (find_button_named (GTK_WIDGET (form), "_Cancel"));
  g_assert_null (find_button_named (GTK_WIDGET (form), "_Add"));
  g_assert_nonnull (window_title);
  g_assert_cmpstr (adw_window_title_get_title (window_title), ==, title);
  g_assert_cmpstr (adw_window_title_get_subtitle (window_title), ==,
                   "Changes are saved at once");
  g_assert_nonnull (close_button);
  g_assert_true (gtk_widget_get_mapped (close_button));
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (close_button),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL, "Close"));
  return close_button;
}

void
wait_past_typing_pause (void)
{
  gint64 end = g_get_monotonic_time ()
               + (OND_AUTO_SAVE_TYPING_DELAY + 300) * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    run_until_idle ();
}

void
close_form (gpointer form)
{
  GtkWindow *weak_form = form;

  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &weak_form);
  gtk_window_close (GTK_WINDOW (form));
  wait_until_freed (&weak_form, 5);
  run_until_idle ();
}

void
gui_close_window_with_form (OndWindow *window,
                            OndStore  *store,
                            gpointer   form)
{
  GtkWindow *weak_form = form;

  g_object_add_weak_pointer (G_OBJECT (form), (gpointer *) &weak_form);
  gui_close_window (window, store);
  g_assert_null (weak_form);
}

/* The pillar views and their actions. */

OndPillarView *
gui_choose_pillar (OndWindow  *window,
                   const char *title)
{
  g_autoptr(GPtrArray) views = NULL;

  gui_choose_section (window, title, OND_TYPE_WINDOW);
  views = find_all (GTK_WIDGET (window), OND_TYPE_PILLAR_VIEW);
  for (guint i = 0; i < views->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (views, i)))
      return g_ptr_array_index (views, i);
  g_error ("No pillar view is shown for “%s”", title);
}

OndActionRow *
find_action_row (GtkWidget  *view,
                 const char *text)
{
  g_autoptr(GPtrArray) rows = find_all (view, OND_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      OndActionRow *row = g_ptr_array_index (rows, i);

      if (g_str_has_prefix (ond_action_get_text (ond_action_row_get_action (row)), text) &&
          gtk_widget_get_mapped (GTK_WIDGET (row)))
        return row;
    }
  return NULL;
}

const char *
action_row_status (OndActionRow *row)
{
  GtkDropDown *dropdown;
  GtkStringObject *item;

  g_assert_nonnull (row);
  dropdown = find_dropdown (GTK_WIDGET (row), "Status");
  g_assert_nonnull (dropdown);
  item = gtk_drop_down_get_selected_item (dropdown);
  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

/* Records, through the core API. */

GListModel *
store_plan_items (OndStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, &error);
  GListModel *items;

  g_assert_no_error (error);
  items = ond_store_list_plan_items (store, ond_plan_get_id (plan), &error);
  g_assert_no_error (error);
  return items;
}
