/* ond-themes-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The themes of the plan, in their order, one OndThemeSection each. The sections filter the
 * plan's actions on their theme; the view holds the store's lists and the OndActionEditing
 * the sections' changes go through. It reads the store again when it is shown and when the
 * store changed while it is shown (the sections are made anew), and gives the keyboard
 * focus back to the action that had it, or that was just changed. */

#define G_LOG_DOMAIN "ond-themes-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action-row.h"
#include "ond-theme-section.h"
#include "ond-themes-view.h"

struct _OndThemesView
{
  AdwBin            parent_instance;

  GtkListBox       *themes_list;
  GtkSortListModel *themes;

  OndStore         *store;
  OndPlan          *plan;
  /* All actions of the plan, handed to each section. */
  GListModel       *actions;
  OndActionEditing *editing;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndThemesView, ond_themes_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
report_error (OndThemesView *self,
              const GError  *error)
{
  g_warning ("Could not read the themes: %s", error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

/* Every action row under @widget, in the order shown. */
static void
collect_action_rows (GtkWidget *widget,
                     GPtrArray *rows)
{
  if (OND_IS_ACTION_ROW (widget))
    {
      g_ptr_array_add (rows, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_action_rows (child, rows);
}

/* The action of the row that has the keyboard focus, if any. */
static gint64
focused_action (OndThemesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return 0;
  row = OND_IS_ACTION_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, OND_TYPE_ACTION_ROW);
  return row != NULL ? ond_action_get_id (ond_action_row_get_action (OND_ACTION_ROW (row))) : 0;
}

static void
focus_action (OndThemesView *self,
              gint64         action_id)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_action_rows (GTK_WIDGET (self->themes_list), rows);
  for (guint i = 0; i < rows->len; i++)
    {
      OndActionRow *row = g_ptr_array_index (rows, i);

      if (ond_action_get_id (ond_action_row_get_action (row)) == action_id)
        {
          gtk_widget_grab_focus (GTK_WIDGET (row));
          return;
        }
    }
}

static void
reload (OndThemesView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(GListModel) actions = NULL;
  gint64 focus_id = ond_action_editing_take_focus (self->editing);

  if (focus_id == 0)
    focus_id = focused_action (self);

  if (!ond_action_editing_load (self->editing, self->store, self->plan, &error))
    report_error (self, error);
  else if (self->store != NULL && self->plan != NULL)
    {
      gint64 plan_id = ond_plan_get_id (self->plan);

      actions = ond_store_list_actions (self->store, plan_id, &error);
      if (actions != NULL)
        themes = ond_store_list_themes (self->store, plan_id, &error);
      if (error != NULL)
        report_error (self, error);
    }

  /* The sections are made from the themes and take the actions as they are now. */
  g_set_object (&self->actions, actions);
  gtk_sort_list_model_set_model (self->themes, themes);

  if (focus_id != 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    focus_action (self, focus_id);
}

static void
on_map_cb (OndThemesView *self)
{
  reload (self);
}

static void
on_store_changed_cb (OndThemesView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

static GtkWidget *
create_theme_row (gpointer item,
                  gpointer user_data)
{
  OndThemesView *self = user_data;
  GtkWidget *row;

  row = g_object_new (GTK_TYPE_LIST_BOX_ROW,
                      "activatable", FALSE,
                      "selectable", FALSE,
                      "focusable", FALSE,
                      "margin-bottom", 30,
                      "child", ond_theme_section_new (item, self->actions, self->editing),
                      NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ond_theme_get_name (item),
                                  -1);
  return row;
}

static void
ond_themes_view_dispose (GObject *object)
{
  OndThemesView *self = OND_THEMES_VIEW (object);

  if (self->editing != NULL)
    ond_action_editing_forget_deleted (self->editing);
  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_THEMES_VIEW);

  G_OBJECT_CLASS (ond_themes_view_parent_class)->dispose (object);
}

/* The objects the template looks properties up on go last, after the template's bindings
 * are gone. */
static void
ond_themes_view_finalize (GObject *object)
{
  OndThemesView *self = OND_THEMES_VIEW (object);

  g_clear_object (&self->actions);
  g_clear_object (&self->plan);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_clear_object (&self->store);
  g_clear_object (&self->editing);

  G_OBJECT_CLASS (ond_themes_view_parent_class)->finalize (object);
}

static void
ond_themes_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OndThemesView *self = OND_THEMES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_themes_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OndThemesView *self = OND_THEMES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_themes_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_themes_view_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_themes_view_class_init (OndThemesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_themes_view_dispose;
  object_class->finalize = ond_themes_view_finalize;
  object_class->get_property = ond_themes_view_get_property;
  object_class->set_property = ond_themes_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-themes-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OndThemesView, themes_list);
  gtk_widget_class_bind_template_child (widget_class, OndThemesView, themes);

  g_type_ensure (OND_TYPE_THEME);
}

static void
ond_themes_view_init (OndThemesView *self)
{
  self->editing = ond_action_editing_new (GTK_WIDGET (self));
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->themes_list, G_LIST_MODEL (self->themes),
                           create_theme_row, self, NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
}

GtkWidget *
ond_themes_view_new (void)
{
  return g_object_new (OND_TYPE_THEMES_VIEW, NULL);
}

/**
 * ond_themes_view_get_store:
 * @self: an #OndThemesView
 *
 * Returns: (transfer none) (nullable): the store the view reads
 */
OndStore *
ond_themes_view_get_store (OndThemesView *self)
{
  g_return_val_if_fail (OND_IS_THEMES_VIEW (self), NULL);

  return self->store;
}

void
ond_themes_view_set_store (OndThemesView *self,
                           OndStore      *store)
{
  g_return_if_fail (OND_IS_THEMES_VIEW (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_themes_view_get_plan:
 * @self: an #OndThemesView
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
OndPlan *
ond_themes_view_get_plan (OndThemesView *self)
{
  g_return_val_if_fail (OND_IS_THEMES_VIEW (self), NULL);

  return self->plan;
}

void
ond_themes_view_set_plan (OndThemesView *self,
                          OndPlan       *plan)
{
  g_return_if_fail (OND_IS_THEMES_VIEW (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * ond_themes_view_get_themes:
 * @self: an #OndThemesView
 *
 * Returns: (transfer none): the themes as the view lists them
 */
GListModel *
ond_themes_view_get_themes (OndThemesView *self)
{
  g_return_val_if_fail (OND_IS_THEMES_VIEW (self), NULL);

  return G_LIST_MODEL (self->themes);
}

/**
 * ond_themes_view_get_editing:
 * @self: an #OndThemesView
 *
 * Returns: (transfer none): what the view's changes of actions go through
 */
OndActionEditing *
ond_themes_view_get_editing (OndThemesView *self)
{
  g_return_val_if_fail (OND_IS_THEMES_VIEW (self), NULL);

  return self->editing;
}
