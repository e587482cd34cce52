/* ond-pillar-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One pillar of the plan. The labels are bound to the pillar in the template; the actions are
 * the plan's actions filtered on the pillar's number (declared in the template), shown in a
 * list with a header above the first action of each group heading, with a button there to
 * add an action to that group. An empty pillar shows a status page instead. The changes go
 * through an OndActionEditing; the view reads the store again when it is shown and when the
 * store changed while it is shown, and gives the keyboard focus back to the action that had
 * it (or that was just changed). Under the objective, the pillar's explanation for the council
 * (ond-pillar-view-explanation.c). */

#define G_LOG_DOMAIN "ond-pillar-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action-row.h"
#include "ond-pillar-view-private.h"

enum
{
  PROP_0,
  PROP_NUMBER,
  PROP_STORE,
  PROP_PLAN,
  PROP_PILLAR,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndPillarView, ond_pillar_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static gboolean
pillar_number_matches (gpointer unused,
                       int      action_pillar_number,
                       int      number)
{
  return action_pillar_number == number;
}

void
_ond_pillar_view_report_error (OndPillarView *self,
                               const GError  *error)
{
  g_warning ("Could not read pillar %d: %s", self->number, error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

static OndPillar *
find_pillar (GListModel *pillars,
             int         number)
{
  guint n = g_list_model_get_n_items (pillars);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndPillar) pillar = g_list_model_get_item (pillars, i);

      if (ond_pillar_get_number (pillar) == number)
        return g_steal_pointer (&pillar);
    }

  return NULL;
}

/* The action of the row that has the keyboard focus, if any. */
static gint64
focused_action (OndPillarView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->actions_list)))
    return 0;
  row = OND_IS_ACTION_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, OND_TYPE_ACTION_ROW);
  return row != NULL ? ond_action_get_id (ond_action_row_get_action (OND_ACTION_ROW (row))) : 0;
}

static void
focus_action (OndPillarView *self,
              gint64         action_id)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->actions_list, i)) != NULL; i++)
    if (OND_IS_ACTION_ROW (row) &&
        ond_action_get_id (ond_action_row_get_action (OND_ACTION_ROW (row))) == action_id)
      {
        gtk_widget_grab_focus (GTK_WIDGET (row));
        return;
      }
}

static void
update_state (OndPillarView *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->actions)) == 0;
  gboolean writable = !ond_action_editing_get_read_only (self->editing) && self->pillar != NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->actions_list), !empty);
  gtk_widget_set_visible (self->empty_page, empty && self->pillar != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pillar.add-action", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pillar.add-to-group", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pillar.edit-explanation",
                                 self->pillar != NULL && self->plan != NULL &&
                                 self->store != NULL && !ond_store_is_read_only (self->store));
}

static void
reload (OndPillarView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pillars = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(OndPillar) pillar = NULL;
  gint64 focus_id = ond_action_editing_take_focus (self->editing);

  if (focus_id == 0)
    focus_id = focused_action (self);

  if (!ond_action_editing_load (self->editing, self->store, self->plan, &error))
    _ond_pillar_view_report_error (self, error);
  else if (self->store != NULL && self->plan != NULL)
    {
      gint64 plan_id = ond_plan_get_id (self->plan);

      pillars = ond_store_list_pillars (self->store, plan_id, &error);
      if (pillars != NULL)
        {
          pillar = find_pillar (pillars, self->number);
          actions = ond_store_list_actions (self->store, plan_id, &error);
        }
      if (error != NULL)
        _ond_pillar_view_report_error (self, error);
    }

  if (g_set_object (&self->pillar, pillar))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PILLAR]);
  gtk_filter_list_model_set_model (self->actions, actions);
  update_state (self);
  _ond_pillar_view_load_explanation (self);

  if (focus_id != 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    focus_action (self, focus_id);
}

static void
on_map_cb (OndPillarView *self)
{
  reload (self);
}

static void
on_store_changed_cb (OndPillarView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reload (self);
}

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  OndPillarView *self = user_data;
  OndAction *action = OND_ACTION (item);
  OndActionRowPlace place = ond_action_row_place_in (G_LIST_MODEL (self->actions), action);

  /* A theme's actions are grouped under the theme's name already. */
  return ond_action_row_new (action, self->editing,
                             g_strcmp0 (ond_action_get_theme_name (action),
                                        ond_action_get_group_heading (action)) != 0,
                             place);
}

static OndAction *
row_action (GtkListBoxRow *row)
{
  return OND_IS_ACTION_ROW (row) ? ond_action_row_get_action (OND_ACTION_ROW (row)) : NULL;
}

/* The header of a group: its heading and a button that adds an action to it. */
static GtkWidget *
make_header (OndPillarView *self,
             OndAction     *action)
{
  const char *heading = ond_action_get_group_heading (action);
  const char *shown = heading[0] != '\0' ? heading : _("Other Actions");
  g_autofree char *name = NULL;
  GtkWidget *box;
  GtkWidget *label;
  GtkWidget *button;

  label = g_object_new (GTK_TYPE_LABEL,
                        "label", shown,
                        "xalign", 0.0f,
                        "hexpand", TRUE,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                        "css-classes", (const char * const []) { "heading", NULL },
                        NULL);
  /* Translators: the accessible name of the button that adds an action to a group, e.g.
   * "Add Action to Beleid en handhaving". */
  name = g_strdup_printf (_("Add Action to %s"), shown);
  button = g_object_new (GTK_TYPE_BUTTON,
                         "icon-name", "list-add-symbolic",
                         "valign", GTK_ALIGN_CENTER,
                         "tooltip-text", name,
                         "action-name", "pillar.add-to-group",
                         "css-classes", (const char * const []) { "flat", NULL },
                         NULL);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(xs)",
                                    ond_action_get_theme_id (action), heading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  box = g_object_new (GTK_TYPE_BOX,
                      "spacing", 6,
                      "margin-top", 12,
                      "margin-bottom", 6,
                      "margin-start", 12,
                      "margin-end", 6,
                      NULL);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

/* A header above the first action of each group. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  OndPillarView *self = user_data;
  OndAction *action = row_action (row);
  OndAction *previous = before != NULL ? row_action (before) : NULL;

  if (action == NULL ||
      (previous != NULL && ond_action_same_group (action, previous)) ||
      (previous == NULL && ond_action_get_group_heading (action)[0] == '\0'))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  /* A row's action never changes (the rows are made again after a change): a header made
   * once stays right. */
  if (gtk_list_box_row_get_header (row) == NULL)
    gtk_list_box_row_set_header (row, make_header (self, action));
}

/* The actions pillar.add-action and pillar.add-to-group ("(xs)": theme id and heading):
 * the editor of a new action of the pillar, at the end of the pillar's own actions or of
 * the group. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  OndPillarView *self = OND_PILLAR_VIEW (widget);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  g_autofree char *heading = NULL;
  gint64 theme_id = 0;

  if (self->pillar == NULL)
    return;
  if (param != NULL)
    g_variant_get (param, "(xs)", &theme_id, &heading);
  else
    /* Under the last heading of the pillar's own actions. */
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(OndAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

        if (ond_action_get_theme_id (action) != 0)
          break;
        g_free (heading);
        heading = g_strdup (ond_action_get_group_heading (action));
      }
  ond_action_editing_add (self->editing, ond_pillar_get_id (self->pillar), theme_id, heading);
}

static void
ond_pillar_view_dispose (GObject *object)
{
  OndPillarView *self = OND_PILLAR_VIEW (object);

  if (self->editing != NULL)
    ond_action_editing_forget_deleted (self->editing);
  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_PILLAR_VIEW);

  G_OBJECT_CLASS (ond_pillar_view_parent_class)->dispose (object);
}

/* The objects the template looks properties up on go last, after the template's bindings
 * are gone. */
static void
ond_pillar_view_finalize (GObject *object)
{
  OndPillarView *self = OND_PILLAR_VIEW (object);

  g_clear_object (&self->pillar);
  g_clear_object (&self->plan);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_clear_object (&self->store);
  g_clear_object (&self->editing);

  G_OBJECT_CLASS (ond_pillar_view_parent_class)->finalize (object);
}

static void
ond_pillar_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OndPillarView *self = OND_PILLAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_PILLAR:
      g_value_set_object (value, self->pillar);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_pillar_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OndPillarView *self = OND_PILLAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      self->number = g_value_get_int (value);
      break;

    case PROP_STORE:
      ond_pillar_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_pillar_view_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_pillar_view_class_init (OndPillarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_pillar_view_dispose;
  object_class->finalize = ond_pillar_view_finalize;
  object_class->get_property = ond_pillar_view_get_property;
  object_class->set_property = ond_pillar_view_set_property;

  properties[PROP_NUMBER] =
    g_param_spec_int ("number", NULL, NULL,
                      1, 3, 1,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PILLAR] =
    g_param_spec_object ("pillar", NULL, NULL,
                         OND_TYPE_PILLAR,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-pillar-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OndPillarView, actions_list);
  gtk_widget_class_bind_template_child (widget_class, OndPillarView, actions);
  gtk_widget_class_bind_template_child (widget_class, OndPillarView, add_button);
  gtk_widget_class_bind_template_child (widget_class, OndPillarView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, OndPillarView, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, OndPillarView, explanation_button);
  gtk_widget_class_bind_template_child (widget_class, OndPillarView, explanation_year);
  gtk_widget_class_bind_template_callback (widget_class, pillar_number_matches);

  gtk_widget_class_install_action (widget_class, "pillar.add-action", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "pillar.add-to-group", "(xs)", add_action);
  _ond_pillar_view_class_explanation_init (widget_class);

  g_type_ensure (OND_TYPE_ACTION);
  g_type_ensure (OND_TYPE_PILLAR);
}

static void
ond_pillar_view_init (OndPillarView *self)
{
  self->number = 1;
  self->editing = ond_action_editing_new (GTK_WIDGET (self));
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->actions_list, G_LIST_MODEL (self->actions),
                           create_action_row, self, NULL);
  gtk_list_box_set_header_func (self->actions_list, update_header, self, NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  update_state (self);
  _ond_pillar_view_init_explanation (self);
}

/**
 * ond_pillar_view_new:
 * @number: the pillar, 1-3
 *
 * Returns: (transfer floating): a new view of pillar @number
 */
GtkWidget *
ond_pillar_view_new (int number)
{
  g_return_val_if_fail (number >= 1 && number <= 3, NULL);

  return g_object_new (OND_TYPE_PILLAR_VIEW, "number", number, NULL);
}

int
ond_pillar_view_get_number (OndPillarView *self)
{
  g_return_val_if_fail (OND_IS_PILLAR_VIEW (self), 0);

  return self->number;
}

/**
 * ond_pillar_view_get_store:
 * @self: an #OndPillarView
 *
 * Returns: (transfer none) (nullable): the store the view reads
 */
OndStore *
ond_pillar_view_get_store (OndPillarView *self)
{
  g_return_val_if_fail (OND_IS_PILLAR_VIEW (self), NULL);

  return self->store;
}

void
ond_pillar_view_set_store (OndPillarView *self,
                           OndStore      *store)
{
  g_return_if_fail (OND_IS_PILLAR_VIEW (self));
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
 * ond_pillar_view_get_plan:
 * @self: an #OndPillarView
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
OndPlan *
ond_pillar_view_get_plan (OndPillarView *self)
{
  g_return_val_if_fail (OND_IS_PILLAR_VIEW (self), NULL);

  return self->plan;
}

void
ond_pillar_view_set_plan (OndPillarView *self,
                          OndPlan       *plan)
{
  g_return_if_fail (OND_IS_PILLAR_VIEW (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * ond_pillar_view_get_pillar:
 * @self: an #OndPillarView
 *
 * Returns: (transfer none) (nullable): the pillar shown, once store and plan are set
 */
OndPillar *
ond_pillar_view_get_pillar (OndPillarView *self)
{
  g_return_val_if_fail (OND_IS_PILLAR_VIEW (self), NULL);

  return self->pillar;
}

/**
 * ond_pillar_view_get_actions:
 * @self: an #OndPillarView
 *
 * Returns: (transfer none): the actions of the pillar, as the view lists them
 */
GListModel *
ond_pillar_view_get_actions (OndPillarView *self)
{
  g_return_val_if_fail (OND_IS_PILLAR_VIEW (self), NULL);

  return G_LIST_MODEL (self->actions);
}

/**
 * ond_pillar_view_get_editing:
 * @self: an #OndPillarView
 *
 * Returns: (transfer none): what the view's changes of actions go through
 */
OndActionEditing *
ond_pillar_view_get_editing (OndPillarView *self)
{
  g_return_val_if_fail (OND_IS_PILLAR_VIEW (self), NULL);

  return self->editing;
}
