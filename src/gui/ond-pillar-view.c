/* ond-pillar-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One pillar of the plan. The labels are bound to the pillar in the template; the actions are
 * the plan's actions filtered on the pillar's number (declared in the template), shown in a
 * list with a header above the first action of each group heading. */

#define G_LOG_DOMAIN "ond-pillar-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-action-row.h"
#include "ond-pillar-view.h"

struct _OndPillarView
{
  AdwBin              parent_instance;

  GtkListBox         *actions_list;
  GtkFilterListModel *actions;

  int                 number;
  OndStore           *store;
  OndPlan            *plan;
  OndPillar          *pillar;
};

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

static void
report_error (OndPillarView *self,
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

static void
reload (OndPillarView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) pillars = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(OndPillar) pillar = NULL;

  if (self->store != NULL && self->plan != NULL)
    {
      gint64 plan_id = ond_plan_get_id (self->plan);

      pillars = ond_store_list_pillars (self->store, plan_id, &error);
      if (pillars != NULL)
        {
          pillar = find_pillar (pillars, self->number);
          actions = ond_store_list_actions (self->store, plan_id, &error);
        }
      if (error != NULL)
        report_error (self, error);
    }

  if (g_set_object (&self->pillar, pillar))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PILLAR]);
  gtk_filter_list_model_set_model (self->actions, actions);
}

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  OndAction *action = OND_ACTION (item);

  /* A theme's actions are grouped under the theme's name already. */
  return ond_action_row_new (action, g_strcmp0 (ond_action_get_theme_name (action),
                                                ond_action_get_group_heading (action)) != 0);
}

static const char *
row_group_heading (GtkListBoxRow *row)
{
  OndAction *action = ond_action_row_get_action (OND_ACTION_ROW (row));

  return action != NULL ? ond_action_get_group_heading (action) : NULL;
}

/* A header above the first action of each group. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  const char *heading = row_group_heading (row);
  GtkWidget *header;

  if (heading == NULL || heading[0] == '\0' ||
      (before != NULL && g_strcmp0 (heading, row_group_heading (before)) == 0))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_list_box_row_get_header (row);
  if (GTK_IS_LABEL (header) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (header)), heading) == 0)
    return;

  header = g_object_new (GTK_TYPE_LABEL,
                         "label", heading,
                         "xalign", 0.0f,
                         "wrap", TRUE,
                         "wrap-mode", PANGO_WRAP_WORD_CHAR,
                         "margin-top", 12,
                         "margin-bottom", 6,
                         "margin-start", 12,
                         "margin-end", 12,
                         "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                         "css-classes", (const char * const []) { "heading", NULL },
                         NULL);
  gtk_list_box_row_set_header (row, header);
}

static void
ond_pillar_view_dispose (GObject *object)
{
  OndPillarView *self = OND_PILLAR_VIEW (object);

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
  g_clear_object (&self->store);

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
  gtk_widget_class_bind_template_callback (widget_class, pillar_number_matches);

  g_type_ensure (OND_TYPE_ACTION);
  g_type_ensure (OND_TYPE_PILLAR);
}

static void
ond_pillar_view_init (OndPillarView *self)
{
  self->number = 1;
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->actions_list, G_LIST_MODEL (self->actions),
                           create_action_row, NULL, NULL);
  gtk_list_box_set_header_func (self->actions_list, update_header, NULL, NULL);
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

  if (!g_set_object (&self->store, store))
    return;

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
