/* ond-planning-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The planning. The table's pipeline is declared in the template: column view -> single
 * selection -> sort model (its sorter bound to the view's, each column with its own sorter)
 * -> filter model (a year and a search text) -> the plan items of the store. The board
 * shows the same filtered rows. The code hands in the store's list, the years to choose
 * from and the statuses, and reads the planning again when the store changes while the view
 * is shown (an Undo from a toast, an edit elsewhere), or when it is shown again. An empty
 * selection shows a status page saying why: no rows at all, none in the year, none found.
 * The actions are in ond-planning-view-actions.c, the cells in ond-planning-view-cells.c,
 * the progress in ond-planning-view-progress.c, the export of the table (Export…, Ctrl+E) in
 * ond-planning-view-export.c. */

#define G_LOG_DOMAIN "ond-planning-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-form-field.h"
#include "ond-plan-item.h"
#include "ond-planning-board.h"
#include "ond-planning-view-private.h"
#include "ond-store-vocabulary.h"

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndPlanningView, ond_planning_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

/* Position 0 of the year list is "All years"; position i is the plan's i-th year. */
static gboolean
year_matches (gpointer unused,
              int      year,
              guint    selected,
              int      first_year)
{
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return TRUE;
  return year == first_year + (int) selected - 1;
}

static char *
search_text (gpointer    unused,
             const char *what,
             const char *who,
             const char *targets,
             const char *period_label,
             const char *theme_name,
             const char *status_label)
{
  return g_strjoin ("\n",
                    what != NULL ? what : "",
                    who != NULL ? who : "",
                    targets != NULL ? targets : "",
                    period_label != NULL ? period_label : "",
                    theme_name != NULL ? theme_name : "",
                    status_label != NULL ? status_label : "",
                    NULL);
}

static char *
describe_count (guint       shown,
                GListModel *all)
{
  guint total = all != NULL ? g_list_model_get_n_items (all) : 0;

  if (shown == total)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items", total), total);

  /* Translators: the number of planning items shown after filtering, e.g. "26 of 34 items". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u item", "%u of %u items", total),
                          shown, total);
}

int
_ond_planning_view_get_year (OndPlanningView *self)
{
  guint selected = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->plan == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return 0;
  return ond_plan_get_first_year (self->plan) + (int) selected - 1;
}

/* The status page when nothing is shown: why, in its title. */
static void
update_empty_page (OndPlanningView *self,
                   guint            shown)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  int year = _ond_planning_view_get_year (self);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  gtk_stack_set_visible_child_name (self->content_stack, shown > 0 ? "items" : "empty");
  if (shown > 0)
    return;

  if (search != NULL && *search != '\0')
    {
      title = g_strdup (_("No Rows Found"));
      /* Translators: the planning shows nothing for a search, e.g. "No row matches “drugs”". */
      description = g_strdup_printf (_("No row of the planning matches “%s”."), search);
    }
  else if (self->items == NULL || g_list_model_get_n_items (self->items) == 0)
    {
      title = g_strdup (_("No Planning Yet"));
      description = g_strdup (_("Add the first row of the plan's planning."));
    }
  else
    {
      /* Translators: the planning of a year without rows, e.g. "No Planning in 2025". */
      title = g_strdup_printf (_("No Planning in %d"), year);
      description = g_strdup (_("Nothing is planned in this year yet."));
    }
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
}

static void
update_count (OndPlanningView *self)
{
  g_autofree char *text = NULL;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  text = describe_count (shown, gtk_filter_list_model_get_model (self->filter_model));
  gtk_label_set_label (self->count_label, text);
  update_empty_page (self, shown);
}

/* The notice that leads to the rows still to be decided ('N.t.b.'). */
static void
update_slots (OndPlanningView *self)
{
  g_autofree char *text = NULL;
  guint n_open = 0;

  for (guint i = 0; self->items != NULL && i < g_list_model_get_n_items (self->items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (self->items, i);

      if (ond_plan_item_is_to_be_decided (item))
        n_open++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->slot_box), n_open > 0);
  if (n_open == 0)
    return;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u row of the planning is still to be decided (N.t.b.).",
                                       "%u rows of the planning are still to be decided "
                                       "(N.t.b.).",
                                       n_open),
                          n_open);
  gtk_label_set_label (self->slot_label, text);
}

void
_ond_planning_view_report_error (OndPlanningView *self,
                                 const GError    *error)
{
  g_warning ("Planning: %s", error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

GtkWindow *
_ond_planning_view_get_window (OndPlanningView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

gboolean
_ond_planning_view_is_writable (OndPlanningView *self)
{
  return self->store != NULL && self->plan != NULL && !ond_store_is_read_only (self->store);
}

OndPlanItem *
_ond_planning_view_find_item (OndPlanningView *self,
                              gint64           id)
{
  for (guint i = 0; self->items != NULL && i < g_list_model_get_n_items (self->items); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (self->items, i);

      /* The list holds a reference. */
      if (ond_plan_item_get_id (item) == id)
        return item;
    }
  return NULL;
}

void
_ond_planning_view_select_item (OndPlanningView *self,
                                gint64           id)
{
  GListModel *shown = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(OndPlanItem) item = g_list_model_get_item (shown, i);

      if (ond_plan_item_get_id (item) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

/* The choices of the year filter: every year of the plan. The year chosen stays. */
static void
update_years (OndPlanningView *self)
{
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);

  gtk_string_list_append (years, _("All years"));
  if (self->plan != NULL)
    {
      for (int year = ond_plan_get_first_year (self->plan);
           year <= ond_plan_get_last_year (self->plan);
           year++)
        {
          char text[16];

          g_snprintf (text, sizeof text, "%d", year);
          gtk_string_list_append (years, text);
        }
    }

  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
  gtk_drop_down_set_selected (self->year_dropdown, 0);
}

void
_ond_planning_view_reload (OndPlanningView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  gint64 selected_id = 0;
  OndPlanItem *selected = gtk_single_selection_get_selected_item (self->selection);

  if (selected != NULL)
    selected_id = ond_plan_item_get_id (selected);

  g_clear_pointer (&self->today, g_date_time_unref);
  self->today = g_date_time_new_now_local ();

  if (self->store != NULL && self->statuses == NULL)
    {
      self->statuses = ond_store_list_vocabulary (self->store, "work_status", &error);
      if (self->statuses == NULL)
        _ond_planning_view_report_error (self, error);
      g_clear_error (&error);
    }
  if (self->store != NULL && self->plan != NULL)
    {
      items = ond_store_list_plan_items (self->store, ond_plan_get_id (self->plan), &error);
      if (items == NULL)
        _ond_planning_view_report_error (self, error);
    }

  g_set_object (&self->items, items);
  ond_planning_board_set_statuses (self->board, self->statuses, self->today);
  gtk_filter_list_model_set_model (self->filter_model, items);
  if (selected_id != 0)
    _ond_planning_view_select_item (self, selected_id);
  update_count (self);
  update_slots (self);
  _ond_planning_view_update_progress (self);
  _ond_planning_view_update_actions (self);
}

static void
on_year_selected_cb (OndPlanningView *self,
                     GParamSpec      *pspec,
                     GtkDropDown     *dropdown)
{
  gtk_filter_changed (self->year_filter, GTK_FILTER_CHANGE_DIFFERENT);
  ond_planning_board_set_year (self->board, _ond_planning_view_get_year (self));
  update_count (self);
  _ond_planning_view_update_progress (self);
}

/* Enter or a double click on a row opens its form. */
static void
on_row_activated_cb (OndPlanningView *self,
                     guint            position,
                     GtkColumnView   *view)
{
  g_autoptr(OndPlanItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item == NULL)
    return;
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "planning.edit-row", "x",
                              ond_plan_item_get_id (item));
}

static void
on_map_cb (OndPlanningView *self)
{
  _ond_planning_view_reload (self);
}

/* Something was written (an Undo from a toast, another view): a shown view reads the
 * planning again at once; a hidden one does when it is shown. */
static void
on_store_changed_cb (OndPlanningView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _ond_planning_view_reload (self);
}

static void
focus_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  OndPlanningView *self = OND_PLANNING_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
ond_planning_view_dispose (GObject *object)
{
  OndPlanningView *self = OND_PLANNING_VIEW (object);

  _ond_planning_view_forget_deleted (self);
  g_clear_object (&self->info_toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_PLANNING_VIEW);

  G_OBJECT_CLASS (ond_planning_view_parent_class)->dispose (object);
}

/* The objects the template looks properties up on go last, after the template's bindings
 * are gone. */
static void
ond_planning_view_finalize (GObject *object)
{
  OndPlanningView *self = OND_PLANNING_VIEW (object);

  g_clear_object (&self->items);
  g_clear_pointer (&self->statuses, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_date_time_unref);
  g_clear_object (&self->plan);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_planning_view_parent_class)->finalize (object);
}

static void
ond_planning_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OndPlanningView *self = OND_PLANNING_VIEW (object);

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
ond_planning_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OndPlanningView *self = OND_PLANNING_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_planning_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_planning_view_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_planning_view_class_init (OndPlanningViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_planning_view_dispose;
  object_class->finalize = ond_planning_view_finalize;
  object_class->get_property = ond_planning_view_get_property;
  object_class->set_property = ond_planning_view_set_property;

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
                                               RESOURCE_BASE "/ui/ond-planning-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, slot_box);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, slot_label);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, fill_button);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, progress_expander);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, progress_box);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, column_view);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, selection);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, year_filter);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, board);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, empty_add_button);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, count_label);
  gtk_widget_class_bind_template_callback (widget_class, year_matches);
  gtk_widget_class_bind_template_callback (widget_class, search_text);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  _ond_planning_view_class_cells_init (widget_class);
  _ond_planning_view_class_export_init (widget_class);

  gtk_widget_class_install_action (widget_class, "planning.search", NULL, focus_search);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "planning.search", NULL);
  _ond_planning_view_class_actions_init (klass);

  g_type_ensure (OND_TYPE_PLAN);
  g_type_ensure (OND_TYPE_PLAN_ITEM);
  g_type_ensure (OND_TYPE_PLANNING_BOARD);
}

static void
ond_planning_view_init (OndPlanningView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  ond_form_set_button_label (self->fill_button, _("_Fill In…"));
  ond_form_set_button_label (self->empty_add_button, _("_Add Row"));
  _ond_planning_view_init_columns (self);
  _ond_planning_view_init_export (self);
  ond_planning_board_set_model (self->board, G_LIST_MODEL (self->filter_model));
  /* Typing anywhere in the view starts a search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  update_years (self);
  update_count (self);
  _ond_planning_view_update_actions (self);
}

GtkWidget *
ond_planning_view_new (void)
{
  return g_object_new (OND_TYPE_PLANNING_VIEW, NULL);
}

/**
 * ond_planning_view_get_store:
 * @self: an #OndPlanningView
 *
 * Returns: (transfer none) (nullable): the store the view reads and writes
 */
OndStore *
ond_planning_view_get_store (OndPlanningView *self)
{
  g_return_val_if_fail (OND_IS_PLANNING_VIEW (self), NULL);

  return self->store;
}

void
ond_planning_view_set_store (OndPlanningView *self,
                             OndStore        *store)
{
  g_return_if_fail (OND_IS_PLANNING_VIEW (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (self->store == store)
    return;

  _ond_planning_view_forget_deleted (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed_cb, self);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->statuses, g_ptr_array_unref);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);

  _ond_planning_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_planning_view_get_plan:
 * @self: an #OndPlanningView
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
OndPlan *
ond_planning_view_get_plan (OndPlanningView *self)
{
  g_return_val_if_fail (OND_IS_PLANNING_VIEW (self), NULL);

  return self->plan;
}

void
ond_planning_view_set_plan (OndPlanningView *self,
                            OndPlan         *plan)
{
  g_return_if_fail (OND_IS_PLANNING_VIEW (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  _ond_planning_view_forget_deleted (self);
  update_years (self);
  _ond_planning_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}
