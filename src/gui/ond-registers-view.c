/* ond-registers-view.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The "Controles & maatregelen" section: a view switcher over the four registers. Each
 * page binds to the store and the plan of the view; Ctrl+F searches the page shown, from
 * anywhere in the window while the section is shown. */

#define G_LOG_DOMAIN "ond-registers-view"

#include "config.h"

#include "ond-register-page.h"
#include "ond-registers-view.h"

struct _OndRegistersView
{
  AdwBin           parent_instance;

  AdwViewStack    *pages;
  OndRegisterPage *controls_page;
  OndRegisterPage *measures_page;
  OndRegisterPage *stop_talks_page;
  OndRegisterPage *activities_page;

  OndStore        *store;
  OndPlan         *plan;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndRegistersView, ond_registers_view, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  OndRegistersView *self = OND_REGISTERS_VIEW (widget);
  GtkWidget *page = adw_view_stack_get_visible_child (self->pages);

  if (OND_IS_REGISTER_PAGE (page))
    ond_register_page_focus_search (OND_REGISTER_PAGE (page));
}

/* Ctrl+F anywhere in the window while the section is shown (the focus may still be in the
 * sidebar); when another section is shown, the key goes on to that one. */
static gboolean
on_search_shortcut_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;

  gtk_widget_activate_action (widget, "registers.search", NULL);
  return TRUE;
}

static void
ond_registers_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OND_TYPE_REGISTERS_VIEW);

  G_OBJECT_CLASS (ond_registers_view_parent_class)->dispose (object);
}

/* The objects the template's bindings read go last, after the bindings are gone. */
static void
ond_registers_view_finalize (GObject *object)
{
  OndRegistersView *self = OND_REGISTERS_VIEW (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_registers_view_parent_class)->finalize (object);
}

static void
ond_registers_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OndRegistersView *self = OND_REGISTERS_VIEW (object);

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
ond_registers_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OndRegistersView *self = OND_REGISTERS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_registers_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_registers_view_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_registers_view_class_init (OndRegistersViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_registers_view_dispose;
  object_class->finalize = ond_registers_view_finalize;
  object_class->get_property = ond_registers_view_get_property;
  object_class->set_property = ond_registers_view_set_property;

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
                                               RESOURCE_BASE "/ui/ond-registers-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OndRegistersView, pages);
  gtk_widget_class_bind_template_child (widget_class, OndRegistersView, controls_page);
  gtk_widget_class_bind_template_child (widget_class, OndRegistersView, measures_page);
  gtk_widget_class_bind_template_child (widget_class, OndRegistersView, stop_talks_page);
  gtk_widget_class_bind_template_child (widget_class, OndRegistersView, activities_page);

  gtk_widget_class_install_action (widget_class, "registers.search", NULL, search_action);

  g_type_ensure (OND_TYPE_PLAN);
  g_type_ensure (OND_TYPE_REGISTER_PAGE);
}

static void
ond_registers_view_init (OndRegistersView *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  GtkShortcut *search;

  gtk_widget_init_template (GTK_WIDGET (self));

  search = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                             gtk_callback_action_new (on_search_shortcut_cb, NULL, NULL));
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), search);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

GtkWidget *
ond_registers_view_new (void)
{
  return g_object_new (OND_TYPE_REGISTERS_VIEW, NULL);
}

/**
 * ond_registers_view_get_store:
 * @self: an #OndRegistersView
 *
 * Returns: (transfer none) (nullable): the store the registers are read from
 */
OndStore *
ond_registers_view_get_store (OndRegistersView *self)
{
  g_return_val_if_fail (OND_IS_REGISTERS_VIEW (self), NULL);

  return self->store;
}

void
ond_registers_view_set_store (OndRegistersView *self,
                              OndStore         *store)
{
  g_return_if_fail (OND_IS_REGISTERS_VIEW (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (g_set_object (&self->store, store))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_registers_view_get_plan:
 * @self: an #OndRegistersView
 *
 * Returns: (transfer none) (nullable): the plan whose themes and planning rows are offered
 */
OndPlan *
ond_registers_view_get_plan (OndRegistersView *self)
{
  g_return_val_if_fail (OND_IS_REGISTERS_VIEW (self), NULL);

  return self->plan;
}

void
ond_registers_view_set_plan (OndRegistersView *self,
                             OndPlan          *plan)
{
  g_return_if_fail (OND_IS_REGISTERS_VIEW (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (g_set_object (&self->plan, plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * ond_registers_view_get_page:
 * @self: an #OndRegistersView
 * @kind: a register
 *
 * Returns: (transfer none): the page of the register
 */
OndRegisterPage *
ond_registers_view_get_page (OndRegistersView *self,
                             OndRegisterKind   kind)
{
  g_return_val_if_fail (OND_IS_REGISTERS_VIEW (self), NULL);

  switch (kind)
    {
    case OND_REGISTER_CONTROLS:
      return self->controls_page;
    case OND_REGISTER_MEASURES:
      return self->measures_page;
    case OND_REGISTER_STOP_TALKS:
      return self->stop_talks_page;
    case OND_REGISTER_ACTIVITIES:
      return self->activities_page;
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ond_registers_view_show_page:
 * @self: an #OndRegistersView
 * @kind: a register
 *
 * Shows the page of the register.
 */
void
ond_registers_view_show_page (OndRegistersView *self,
                              OndRegisterKind   kind)
{
  OndRegisterPage *page;

  g_return_if_fail (OND_IS_REGISTERS_VIEW (self));

  page = ond_registers_view_get_page (self, kind);
  if (page != NULL)
    adw_view_stack_set_visible_child (self->pages, GTK_WIDGET (page));
}
