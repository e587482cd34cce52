/* ond-action-row.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A row showing one action. The title is bound to the action's text; the subtitle says its
 * theme (where the list does not already), owner, linked planning rows and latest progress
 * note with its date. The status drop-down changes the status at once; activating the row
 * opens the editor; the menu (and Alt+Up, Alt+Down) hold the other changes. The row keeps
 * nothing of its own: after a change the view makes its rows again from the store. (The
 * bindings are made in code, not as expressions in the template: in GTK 4.8 an expression
 * rooted at the template object itself warns when the row is destroyed.) */

#define G_LOG_DOMAIN "ond-action-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action-row.h"
#include "ond-date.h"

struct _OndActionRow
{
  AdwActionRow      parent_instance;

  GtkDropDown      *status_dropdown;
  GtkMenuButton    *menu_button;

  OndAction        *action;
  OndActionEditing *editing;
  gboolean          show_theme;
  guint             place;
  char             *details;
};

enum
{
  PROP_0,
  PROP_ACTION,
  PROP_EDITING,
  PROP_SHOW_THEME,
  PROP_PLACE,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndActionRow, ond_action_row, ADW_TYPE_ACTION_ROW)

static GParamSpec *properties[N_PROPS];

static void
append_line (GString    *text,
             const char *line)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);
}

/* The first line: the theme (where the list does not already say it) and the owner. */
static void
describe_theme_and_owner (OndActionRow *self,
                          GString      *text)
{
  const char *theme_name = ond_action_get_theme_name (self->action);
  const char *owner = ond_action_get_owner (self->action);
  g_autofree char *theme = NULL;
  g_autofree char *by = NULL;

  if (self->show_theme && theme_name != NULL && theme_name[0] != '\0')
    /* Translators: the theme an action belongs to, e.g. "Theme: Drugs". */
    theme = g_strdup_printf (_("Theme: %s"), theme_name);
  if (owner != NULL && owner[0] != '\0')
    /* Translators: the partner responsible for an action, e.g. "Owner: Politie". */
    by = g_strdup_printf (_("Owner: %s"), owner);
  else
    by = g_strdup (_("No owner"));

  if (theme != NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s · %s", theme, by);

      append_line (text, both);
    }
  else
    append_line (text, by);
}

static void
describe_plan_items (OndActionRow *self,
                     GString      *text)
{
  guint n_ids;
  const gint64 *ids = ond_action_get_plan_item_ids (self->action, &n_ids);
  g_autoptr(GString) items = g_string_new (NULL);
  g_autofree char *line = NULL;

  for (guint i = 0; i < n_ids; i++)
    {
      g_autofree char *item = self->editing != NULL
                              ? ond_action_editing_describe_plan_item (self->editing, ids[i])
                              : NULL;

      if (item == NULL)
        continue;
      if (items->len > 0)
        g_string_append (items, "; ");
      g_string_append (items, item);
    }
  if (items->len == 0)
    return;
  /* Translators: the planning rows linked to an action, e.g.
   * "Planning: 2023 Q2 · Controle garageboxen". */
  line = g_strdup_printf (_("Planning: %s"), items->str);
  append_line (text, line);
}

static void
describe_progress (OndActionRow *self,
                   GString      *text)
{
  const char *note = ond_action_get_latest_progress_note (self->action);
  g_autofree char *date = NULL;
  g_autofree char *line = NULL;

  if (note == NULL)
    return;
  date = ond_date_format (ond_action_get_latest_progress_date (self->action));
  /* Translators: the latest progress note of an action with its date, e.g.
   * "Progress 12-03-2024: APV aangepast". */
  line = g_strdup_printf (_("Progress %s: %s"), date, note);
  append_line (text, line);
}

static void
update_details (OndActionRow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  describe_theme_and_owner (self, text);
  describe_plan_items (self, text);
  describe_progress (self, text);
  g_free (self->details);
  self->details = g_string_free (g_steal_pointer (&text), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), self->details);
}

static void
on_status_selected_cb (OndActionRow *self)
{
  guint index = gtk_drop_down_get_selected (self->status_dropdown);
  const char *code = ond_action_editing_get_status_code (self->editing, index);

  if (code != NULL)
    ond_action_editing_set_status (self->editing, self->action, code);
}

static void
on_activated_cb (OndActionRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "row.edit", NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  OndActionRow *self = OND_ACTION_ROW (widget);

  ond_action_editing_edit (self->editing, self->action);
}

static void
add_progress_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  OndActionRow *self = OND_ACTION_ROW (widget);

  ond_action_editing_add_progress (self->editing, self->action);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  OndActionRow *self = OND_ACTION_ROW (widget);

  ond_action_editing_move (self->editing, self->action, -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  OndActionRow *self = OND_ACTION_ROW (widget);

  ond_action_editing_move (self->editing, self->action, 1);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  OndActionRow *self = OND_ACTION_ROW (widget);

  ond_action_editing_delete (self->editing, self->action);
}

/* GTK 4.8 names the button inside a drop-down after its type; a screen reader says
 * "Status" there too. */
static void
name_dropdown_button (GtkWidget *dropdown)
{
  for (GtkWidget *child = gtk_widget_get_first_child (dropdown);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Status"),
                                      -1);
}

static void
ond_action_row_constructed (GObject *object)
{
  OndActionRow *self = OND_ACTION_ROW (object);
  gboolean writable;
  guint status;

  G_OBJECT_CLASS (ond_action_row_parent_class)->constructed (object);

  g_return_if_fail (self->action != NULL && self->editing != NULL);

  writable = !ond_action_editing_get_read_only (self->editing);
  g_object_bind_property (self->action, "text", self, "title", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->action, "notify", G_CALLBACK (update_details), self,
                           G_CONNECT_SWAPPED);
  update_details (self);

  gtk_drop_down_set_model (self->status_dropdown,
                           ond_action_editing_get_status_labels (self->editing));
  status = ond_action_editing_find_status (self->editing, ond_action_get_status (self->action));
  gtk_drop_down_set_selected (self->status_dropdown, status);
  gtk_widget_set_sensitive (GTK_WIDGET (self->status_dropdown), writable);
  name_dropdown_button (GTK_WIDGET (self->status_dropdown));
  g_signal_connect_object (self->status_dropdown, "notify::selected",
                           G_CALLBACK (on_status_selected_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), writable);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.edit", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.add-progress", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.delete", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-up",
                                 writable && (self->place & OND_ACTION_ROW_FIRST) == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-down",
                                 writable && (self->place & OND_ACTION_ROW_LAST) == 0);
}

static void
ond_action_row_dispose (GObject *object)
{
  OndActionRow *self = OND_ACTION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_ACTION_ROW);

  G_OBJECT_CLASS (ond_action_row_parent_class)->dispose (object);
}

static void
ond_action_row_finalize (GObject *object)
{
  OndActionRow *self = OND_ACTION_ROW (object);

  g_clear_pointer (&self->details, g_free);
  g_clear_object (&self->action);
  g_clear_object (&self->editing);

  G_OBJECT_CLASS (ond_action_row_parent_class)->finalize (object);
}

static void
ond_action_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OndActionRow *self = OND_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      g_value_set_object (value, self->action);
      break;

    case PROP_EDITING:
      g_value_set_object (value, self->editing);
      break;

    case PROP_SHOW_THEME:
      g_value_set_boolean (value, self->show_theme);
      break;

    case PROP_PLACE:
      g_value_set_uint (value, self->place);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_action_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OndActionRow *self = OND_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      g_set_object (&self->action, g_value_get_object (value));
      break;

    case PROP_EDITING:
      g_set_object (&self->editing, g_value_get_object (value));
      break;

    case PROP_SHOW_THEME:
      self->show_theme = g_value_get_boolean (value);
      break;

    case PROP_PLACE:
      self->place = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_action_row_class_init (OndActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_action_row_constructed;
  object_class->dispose = ond_action_row_dispose;
  object_class->finalize = ond_action_row_finalize;
  object_class->get_property = ond_action_row_get_property;
  object_class->set_property = ond_action_row_set_property;

  properties[PROP_ACTION] =
    g_param_spec_object ("action", NULL, NULL,
                         OND_TYPE_ACTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* What the row's changes go through. */
  properties[PROP_EDITING] =
    g_param_spec_object ("editing", NULL, NULL,
                         OND_TYPE_ACTION_EDITING,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_THEME] =
    g_param_spec_boolean ("show-theme", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* OndActionRowPlace: whether the action is the first or last of its group. */
  properties[PROP_PLACE] =
    g_param_spec_uint ("place", NULL, NULL,
                       0, OND_ACTION_ROW_FIRST | OND_ACTION_ROW_LAST, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OndActionRow, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OndActionRow, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, on_activated_cb);

  gtk_widget_class_install_action (widget_class, "row.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "row.add-progress", NULL, add_progress_action);
  gtk_widget_class_install_action (widget_class, "row.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "row.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "row.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "row.move-down", NULL);

  g_type_ensure (OND_TYPE_ACTION);
}

static void
ond_action_row_init (OndActionRow *self)
{
  self->show_theme = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_action_row_new:
 * @action: the action to show
 * @editing: what the row's changes go through
 * @show_theme: whether to name the action's theme (not where the list is one theme's)
 * @place: whether the action is the first or last of its group (it cannot move past it)
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
ond_action_row_new (OndAction         *action,
                    OndActionEditing  *editing,
                    gboolean           show_theme,
                    OndActionRowPlace  place)
{
  g_return_val_if_fail (OND_IS_ACTION (action), NULL);
  g_return_val_if_fail (OND_IS_ACTION_EDITING (editing), NULL);

  return g_object_new (OND_TYPE_ACTION_ROW,
                       "action", action,
                       "editing", editing,
                       "show-theme", show_theme,
                       "place", (guint) place,
                       NULL);
}

/**
 * ond_action_row_get_action:
 * @self: an #OndActionRow
 *
 * Returns: (transfer none): the action shown
 */
OndAction *
ond_action_row_get_action (OndActionRow *self)
{
  g_return_val_if_fail (OND_IS_ACTION_ROW (self), NULL);

  return self->action;
}

gboolean
ond_action_row_get_show_theme (OndActionRow *self)
{
  g_return_val_if_fail (OND_IS_ACTION_ROW (self), FALSE);

  return self->show_theme;
}

const char *
ond_action_row_get_details (OndActionRow *self)
{
  g_return_val_if_fail (OND_IS_ACTION_ROW (self), NULL);

  return self->details;
}

/**
 * ond_action_row_place_in:
 * @actions: a list of actions in their pillar's order (a pillar's, or a theme's)
 * @action: one of them
 *
 * Returns: whether @action is the first or the last of its group in @actions: what the row
 *   of @action needs to know to offer moving it
 */
OndActionRowPlace
ond_action_row_place_in (GListModel *actions,
                         OndAction  *action)
{
  guint n = g_list_model_get_n_items (actions);
  OndActionRowPlace place = OND_ACTION_ROW_FIRST | OND_ACTION_ROW_LAST;

  g_return_val_if_fail (G_IS_LIST_MODEL (actions), place);
  g_return_val_if_fail (OND_IS_ACTION (action), place);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndAction) item = g_list_model_get_item (actions, i);

      if (item != action)
        continue;
      if (i > 0)
        {
          g_autoptr(OndAction) before = g_list_model_get_item (actions, i - 1);

          if (ond_action_same_group (before, action))
            place &= ~OND_ACTION_ROW_FIRST;
        }
      if (i + 1 < n)
        {
          g_autoptr(OndAction) after = g_list_model_get_item (actions, i + 1);

          if (ond_action_same_group (after, action))
            place &= ~OND_ACTION_ROW_LAST;
        }
      break;
    }
  return place;
}
