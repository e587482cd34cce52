/* ond-planning-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The planning as a table. The whole pipeline is declared in the template: column view ->
 * sort model (its sorter bound to the view's, each column with its own sorter) -> filter
 * model (a year and a search text) -> the plan items of the store. The code only hands in
 * the store's list and the years to choose from. */

#define G_LOG_DOMAIN "ond-planning-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-plan-item.h"
#include "ond-planning-view.h"

struct _OndPlanningView
{
  AdwBin              parent_instance;

  GtkSearchEntry     *search_entry;
  GtkDropDown        *year_dropdown;
  GtkColumnView      *column_view;
  GtkLabel           *count_label;
  GtkFilterListModel *filter_model;
  GtkFilter          *year_filter;

  OndStore           *store;
  OndPlan            *plan;
};

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
             const char *period_label)
{
  return g_strjoin ("\n",
                    what != NULL ? what : "",
                    who != NULL ? who : "",
                    targets != NULL ? targets : "",
                    period_label != NULL ? period_label : "",
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

static void
update_count (OndPlanningView *self)
{
  g_autofree char *text = NULL;

  text = describe_count (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)),
                         gtk_filter_list_model_get_model (self->filter_model));
  gtk_label_set_label (self->count_label, text);
}

static void
report_error (OndPlanningView *self,
              const GError    *error)
{
  g_warning ("Could not read the planning: %s", error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

static void
on_year_selected_cb (OndPlanningView *self,
                     GParamSpec      *pspec,
                     GtkDropDown     *dropdown)
{
  gtk_filter_changed (self->year_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* The choices of the year filter: every year of the plan. */
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

static void
reload (OndPlanningView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;

  if (self->store != NULL && self->plan != NULL)
    {
      items = ond_store_list_plan_items (self->store, ond_plan_get_id (self->plan), &error);
      if (items == NULL)
        report_error (self, error);
    }

  update_years (self);
  gtk_filter_list_model_set_model (self->filter_model, items);
  update_count (self);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_PLANNING_VIEW);

  G_OBJECT_CLASS (ond_planning_view_parent_class)->dispose (object);
}

/* The objects the template looks properties up on go last, after the template's bindings
 * are gone. */
static void
ond_planning_view_finalize (GObject *object)
{
  OndPlanningView *self = OND_PLANNING_VIEW (object);

  g_clear_object (&self->plan);
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
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, column_view);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, count_label);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, OndPlanningView, year_filter);
  gtk_widget_class_bind_template_callback (widget_class, year_matches);
  gtk_widget_class_bind_template_callback (widget_class, search_text);
  gtk_widget_class_bind_template_callback (widget_class, on_year_selected_cb);

  gtk_widget_class_install_action (widget_class, "planning.search", NULL, focus_search);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "planning.search", NULL);

  g_type_ensure (OND_TYPE_PLAN);
  g_type_ensure (OND_TYPE_PLAN_ITEM);
}

static void
ond_planning_view_init (OndPlanningView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Typing anywhere in the view starts a search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  update_years (self);
  update_count (self);
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
 * Returns: (transfer none) (nullable): the store the view reads
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

  if (!g_set_object (&self->store, store))
    return;

  reload (self);
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

  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}
