/* ond-window.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main window: a sidebar listing the sections (the pages of the stack) beside the section
 * shown, folding into one pane on a narrow screen. The window owns the store and the plan
 * shown; a section's view binds to both ("plan" of the window) when it is first shown, so
 * that a start reads only the section shown, and switching the plan shows the other plan
 * everywhere. The plan periods and their switcher are in ond-window-plans.c; the window's
 * actions and keys in ond-window-actions.c. */

#define G_LOG_DOMAIN "ond-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-budget-view.h"
#include "ond-monitoring-view.h"
#include "ond-overview-view.h"
#include "ond-partners-view.h"
#include "ond-pillar-view.h"
#include "ond-planning-view.h"
#include "ond-registers-view.h"
#include "ond-themes-view.h"
#include "ond-window-private.h"

enum
{
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_PLAN,
  PROP_READ_ONLY,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndWindow, ond_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

/* A toast with @message; one that @stays (an error) waits until it is dismissed. */
void
_ond_window_show_toast (OndWindow  *self,
                        const char *message,
                        gboolean    stays)
{
  AdwToast *toast = adw_toast_new (message);

  if (stays)
    adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static GtkWidget *
create_sidebar_row (gpointer item,
                    gpointer user_data)
{
  GtkStackPage *page = item;
  GtkWidget *row;
  GtkWidget *label;

  label = g_object_new (GTK_TYPE_LABEL,
                        "xalign", 0.0f,
                        "ellipsize", PANGO_ELLIPSIZE_END,
                        NULL);
  g_object_bind_property (page, "title", label, "label", G_BINDING_SYNC_CREATE);

  row = gtk_list_box_row_new ();
  /* A section the user's role may not see is not listed (ond-window-access.c). */
  g_object_bind_property (page, "visible", row, "visible", G_BINDING_SYNC_CREATE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_stack_page_get_title (page),
                                  -1);
  gtk_widget_set_tooltip_text (row, gtk_stack_page_get_title (page));

  return row;
}

static guint
get_visible_position (OndWindow *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (self->pages);

  if (gtk_bitset_is_empty (selected))
    return GTK_INVALID_LIST_POSITION;
  return gtk_bitset_get_minimum (selected);
}

static void
update_title (OndWindow *self)
{
  g_autofree char *title = NULL;
  const char *plan_title;
  const char *period;

  if (self->plan == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Ondermijning"));
      adw_window_title_set_subtitle (self->content_title, NULL);
      return;
    }

  plan_title = ond_plan_get_title (self->plan);
  period = ond_plan_get_period_label (self->plan);
  if (strstr (plan_title, period) != NULL)
    title = g_strdup (plan_title);
  else
    /* Translators: the window title, e.g. "Uitvoeringsplan ondermijning (2023-2024)". */
    title = g_strdup_printf (_("%s (%s)"), plan_title, period);

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_subtitle (self->content_title, title);
}

void
_ond_window_set_plan (OndWindow *self,
                      OndPlan   *plan)
{
  if (g_set_object (&self->plan, plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  update_title (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-plan-period",
                                 self->plan != NULL && !ond_window_get_read_only (self));
}

static gboolean
section_from_setting (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  GtkStack *stack = user_data;
  const char *name = g_variant_get_string (variant, NULL);

  GtkWidget *child = gtk_stack_get_child_by_name (stack, name);

  /* A section of another version of the application, or one the user's role on a team
   * server may not see: keep the default. */
  if (child == NULL || !gtk_stack_page_get_visible (gtk_stack_get_page (stack, child)))
    return FALSE;

  g_value_set_string (value, name);
  return TRUE;
}

static void
on_sidebar_row_selected_cb (OndWindow     *self,
                            GtkListBoxRow *row,
                            GtkListBox    *list)
{
  if (row == NULL)
    return;

  gtk_selection_model_select_item (self->pages, gtk_list_box_row_get_index (row), TRUE);
}

static void
on_sidebar_row_activated_cb (OndWindow     *self,
                             GtkListBoxRow *row,
                             GtkListBox    *list)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* A section wider than the window folds the leaflet to one pane, the section. A sidebar row
 * that has the keyboard would be hidden, and GTK would move the keyboard on to the next row,
 * choosing the next section: the keyboard goes into the section instead, before the sidebar
 * is hidden. */
static void
on_leaflet_folded_cb (OndWindow  *self,
                      GParamSpec *pspec,
                      AdwLeaflet *leaflet)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!adw_leaflet_get_folded (leaflet)
      || adw_leaflet_get_visible_child (leaflet) != self->content_pane
      || focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sidebar)))
    return;
  if (!gtk_widget_child_focus (self->content_pane, GTK_DIR_TAB_FORWARD))
    gtk_root_set_focus (GTK_ROOT (self), NULL);
}

static void
on_back_clicked_cb (OndWindow *self,
                    GtkButton *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* A section reads the store when it is first shown, not at start: only then does its view
 * get the window's store, bound from then on (its plan it has from the start, see
 * ond_window_init: without a store that reads nothing). A view that has its store keeps up
 * by itself, the store's "changed" included. */
static void
bind_section (OndWindow *self,
              GtkWidget *view)
{
  if (g_object_get_data (G_OBJECT (view), "ond-window-bound") != NULL)
    return;

  g_object_set_data (G_OBJECT (view), "ond-window-bound", GINT_TO_POINTER (TRUE));
  g_object_bind_property (self, "store", view, "store", G_BINDING_SYNC_CREATE);
}

static void
on_stack_visible_child_cb (OndWindow  *self,
                           GParamSpec *pspec,
                           GtkStack   *stack)
{
  GtkWidget *child = gtk_stack_get_visible_child (stack);
  GtkListBoxRow *row;
  guint position;

  /* Before the store is set (the template), no section is bound: the constructor syncs. */
  if (child == NULL || self->pages == NULL || self->store == NULL)
    return;

  bind_section (self, child);

  adw_window_title_set_title (self->content_title,
                              gtk_stack_page_get_title (gtk_stack_get_page (stack, child)));

  position = get_visible_position (self);
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  row = gtk_list_box_get_row_at_index (self->sidebar, (int) position);
  if (row != NULL && row != gtk_list_box_get_selected_row (self->sidebar))
    gtk_list_box_select_row (self->sidebar, row);
}

static void
ond_window_constructed (GObject *object)
{
  OndWindow *self = OND_WINDOW (object);

  G_OBJECT_CLASS (ond_window_parent_class)->constructed (object);

  _ond_window_load_plans (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-case",
                                 !ond_window_get_read_only (self));
  _ond_window_apply_access (self);
  /* A team server's lost connection: said above the sections until the watch made it again
   * (ond-store-watch.h). */
  if (self->store != NULL)
    g_object_bind_property (self->store, "connected", self->connection_bar, "revealed",
                            G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);

  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind_with_mapping (self->settings, "last-section",
                                    self->stack, "visible-child-name",
                                    G_SETTINGS_BIND_DEFAULT,
                                    section_from_setting, NULL,
                                    self->stack, NULL);
    }

  /* The stack may already show the right page, so sync the sidebar by hand once. */
  on_stack_visible_child_cb (self, NULL, self->stack);
}

static void
ond_window_dispose (GObject *object)
{
  OndWindow *self = OND_WINDOW (object);

  /* Taking the stack apart changes its visible page: that must not reach the settings. */
  if (self->stack != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->stack, on_stack_visible_child_cb, self);
      g_settings_unbind (self->stack, "visible-child-name");
    }
  g_settings_unbind (self, "default-width");
  g_settings_unbind (self, "default-height");
  g_settings_unbind (self, "maximized");

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_WINDOW);
  _ond_window_forget_plans (self);

  g_clear_object (&self->pages);
  g_clear_object (&self->plan);
  /* Once: the store is let go of right after. */
  _ond_window_back_up_on_close (self);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ond_window_parent_class)->dispose (object);
}

static void
ond_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OndWindow *self = OND_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, ond_window_get_read_only (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OndWindow *self = OND_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      g_object_notify_by_pspec (object, properties[PROP_READ_ONLY]);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_window_class_init (OndWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_window_constructed;
  object_class->dispose = ond_window_dispose;
  object_class->get_property = ond_window_get_property;
  object_class->set_property = ond_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OndWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OndWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, OndWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, OndWindow, plan_switcher);
  gtk_widget_class_bind_template_child (widget_class, OndWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, OndWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, OndWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OndWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, OndWindow, role_bar);
  gtk_widget_class_bind_template_child (widget_class, OndWindow, role_label);
  gtk_widget_class_bind_template_child (widget_class, OndWindow, connection_bar);
  gtk_widget_class_bind_template_child (widget_class, OndWindow, cases_view);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_cb);

  _ond_window_class_add_actions (widget_class);
  _ond_window_class_add_backup_actions (widget_class);
  _ond_window_class_add_restore_actions (widget_class);
  _ond_window_class_add_retention_actions (widget_class);
  _ond_window_class_add_subject_actions (widget_class);

  g_type_ensure (OND_TYPE_BUDGET_VIEW);
  g_type_ensure (OND_TYPE_CASES_VIEW);
  g_type_ensure (OND_TYPE_MONITORING_VIEW);
  g_type_ensure (OND_TYPE_OVERVIEW_VIEW);
  g_type_ensure (OND_TYPE_PARTNERS_VIEW);
  g_type_ensure (OND_TYPE_PILLAR_VIEW);
  g_type_ensure (OND_TYPE_PLANNING_VIEW);
  g_type_ensure (OND_TYPE_REGISTERS_VIEW);
  g_type_ensure (OND_TYPE_THEMES_VIEW);
}

static void
ond_window_init (OndWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->backup_on_close = TRUE;

  self->pages = gtk_stack_get_pages (self->stack);
  /* Every section shows the window's plan; its store it gets when it is first shown. */
  for (GtkWidget *view = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       view != NULL;
       view = gtk_widget_get_next_sibling (view))
    g_object_bind_property (self, "plan", view, "plan", G_BINDING_SYNC_CREATE);
  gtk_list_box_bind_model (self->sidebar, G_LIST_MODEL (self->pages),
                           create_sidebar_row, NULL, NULL);
  _ond_window_init_plans (self);
  _ond_window_init_actions (self);
}

/**
 * ond_window_new:
 * @application: the application
 * @store: the open database
 * @settings: (nullable): the settings of the application, to keep the window's size and
 *   section in
 *
 * Returns: (transfer full): a new main window showing the current plan of @store
 */
OndWindow *
ond_window_new (GtkApplication *application,
                OndStore       *store,
                GSettings      *settings)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (OND_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "settings", settings,
                       NULL);
}

/**
 * ond_window_get_store:
 * @self: an #OndWindow
 *
 * Returns: (transfer none): the store the window shows
 */
OndStore *
ond_window_get_store (OndWindow *self)
{
  g_return_val_if_fail (OND_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * ond_window_get_plan:
 * @self: an #OndWindow
 *
 * Returns: (transfer none) (nullable): the plan the window shows
 */
OndPlan *
ond_window_get_plan (OndWindow *self)
{
  g_return_val_if_fail (OND_IS_WINDOW (self), NULL);

  return self->plan;
}

/**
 * ond_window_get_read_only:
 * @self: an #OndWindow
 *
 * Returns: whether the file shown cannot be changed
 */
gboolean
ond_window_get_read_only (OndWindow *self)
{
  g_return_val_if_fail (OND_IS_WINDOW (self), FALSE);

  return self->store != NULL && ond_store_is_read_only (self->store);
}

/**
 * ond_window_get_section:
 * @self: an #OndWindow
 *
 * Returns: (nullable): the name of the section shown, e.g. "planning"
 */
const char *
ond_window_get_section (OndWindow *self)
{
  g_return_val_if_fail (OND_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
