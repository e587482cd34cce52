/* ond-budget-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Begroting section: a view switcher over its pages (the reconciliation, the bookings,
 * the budget), each bound to the store and the plan of the view; the pages read the store
 * themselves when they are shown. Ctrl+F, while the section is shown, searches the
 * bookings. */

#define G_LOG_DOMAIN "ond-budget-view"

#include "config.h"

#include "ond-bookings-page.h"
#include "ond-budget-edit-page.h"
#include "ond-budget-view.h"
#include "ond-reconciliation-page.h"

struct _OndBudgetView
{
  AdwBin           parent_instance;

  AdwViewStack    *pages;
  OndBookingsPage *bookings_page;

  OndStore        *store;
  OndPlan         *plan;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_PAGE,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndBudgetView, ond_budget_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

/* Ctrl+F anywhere in the window while the section is shown: the bookings and their search
 * entry; when another section is shown, the key goes on to that one. */
static gboolean
on_search_shortcut_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  OndBudgetView *self = OND_BUDGET_VIEW (widget);

  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  adw_view_stack_set_visible_child_name (self->pages, "bookings");
  ond_bookings_page_focus_search (self->bookings_page);
  return TRUE;
}

static void
on_page_changed_cb (OndBudgetView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
ond_budget_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OND_TYPE_BUDGET_VIEW);

  G_OBJECT_CLASS (ond_budget_view_parent_class)->dispose (object);
}

/* The objects the template's bindings read go last, after the bindings are gone. */
static void
ond_budget_view_finalize (GObject *object)
{
  OndBudgetView *self = OND_BUDGET_VIEW (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_budget_view_parent_class)->finalize (object);
}

static void
ond_budget_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OndBudgetView *self = OND_BUDGET_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_PAGE:
      g_value_set_string (value, ond_budget_view_get_page (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_budget_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OndBudgetView *self = OND_BUDGET_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_budget_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_budget_view_set_plan (self, g_value_get_object (value));
      break;

    case PROP_PAGE:
      ond_budget_view_set_page (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_budget_view_class_init (OndBudgetViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_budget_view_dispose;
  object_class->finalize = ond_budget_view_finalize;
  object_class->get_property = ond_budget_view_get_property;
  object_class->set_property = ond_budget_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-budget-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OndBudgetView, pages);
  gtk_widget_class_bind_template_child (widget_class, OndBudgetView, bookings_page);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed_cb);

  g_type_ensure (OND_TYPE_BOOKINGS_PAGE);
  g_type_ensure (OND_TYPE_BUDGET_EDIT_PAGE);
  g_type_ensure (OND_TYPE_PLAN);
  g_type_ensure (OND_TYPE_RECONCILIATION_PAGE);
}

static void
ond_budget_view_init (OndBudgetView *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkShortcut *search;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Managed by the window: the key works wherever the focus is, the sidebar included. */
  search = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                             gtk_callback_action_new (on_search_shortcut_cb, NULL, NULL));
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), search);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

GtkWidget *
ond_budget_view_new (void)
{
  return g_object_new (OND_TYPE_BUDGET_VIEW, NULL);
}

/**
 * ond_budget_view_get_store:
 * @self: an #OndBudgetView
 *
 * Returns: (transfer none) (nullable): the store the view reads
 */
OndStore *
ond_budget_view_get_store (OndBudgetView *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_VIEW (self), NULL);

  return self->store;
}

void
ond_budget_view_set_store (OndBudgetView *self,
                           OndStore      *store)
{
  g_return_if_fail (OND_IS_BUDGET_VIEW (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_budget_view_get_plan:
 * @self: an #OndBudgetView
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
OndPlan *
ond_budget_view_get_plan (OndBudgetView *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_VIEW (self), NULL);

  return self->plan;
}

void
ond_budget_view_set_plan (OndBudgetView *self,
                          OndPlan       *plan)
{
  g_return_if_fail (OND_IS_BUDGET_VIEW (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (!g_set_object (&self->plan, plan))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * ond_budget_view_get_page:
 * @self: an #OndBudgetView
 *
 * Returns: (nullable): the name of the page shown: "reconciliation", "bookings" or "budget"
 */
const char *
ond_budget_view_get_page (OndBudgetView *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_VIEW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->pages);
}

/**
 * ond_budget_view_set_page:
 * @self: an #OndBudgetView
 * @name: "reconciliation", "bookings" or "budget"
 *
 * Shows the page, as its button in the view switcher does.
 */
void
ond_budget_view_set_page (OndBudgetView *self,
                          const char    *name)
{
  g_return_if_fail (OND_IS_BUDGET_VIEW (self));

  if (name == NULL || adw_view_stack_get_child_by_name (self->pages, name) == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->pages, name);
}
