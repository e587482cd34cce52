/* ond-plan-copy-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form of a new plan period. It proposes the period right after the source plan, as
 * long as the source's, and the source's title with the new years in it; changing the
 * first year moves the last one along, and the proposed title follows until the user types
 * one. The rules (a title, years 2000-2100 in order, at most 10, no overlap, no loop of
 * copies) are the store's (ond_store_copy_plan): a refusal goes below the title
 * (OND_PLAN_ERROR_NAME) or the last year (OND_PLAN_ERROR_PLAN_PERIOD), anything else above
 * the form. After the copy the form emits ::created and closes. */

#define G_LOG_DOMAIN "ond-plan-copy-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-form-field.h"
#include "ond-plan-copy-dialog.h"
#include "ond-store-plan-copy.h"

struct _OndPlanCopyDialog
{
  AdwWindow             parent_instance;

  AdwWindowTitle       *window_title;
  GtkButton            *cancel_button;
  GtkButton            *create_button;
  AdwPreferencesGroup  *general_error_group;
  GtkLabel             *general_error_label;
  AdwPreferencesGroup  *group;

  OndFormField          title;
  OndFormField          first_year;
  OndFormField          last_year;
  /* The last whole year (four digits) the first year field held. */
  int                   shown_first_year;
  /* The title the form proposed last; the user's own title is never replaced. */
  char                 *proposed_title;

  OndStore             *store;
  OndPlan              *source;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_SOURCE,
  N_PROPS,
};

enum
{
  CREATED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndPlanCopyDialog, ond_plan_copy_dialog, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The source's title with its period replaced by the new one, e.g. "Uitvoeringsplan
 * ondermijning 2025-2026"; a title without its period gets the new one after it. */
static char *
propose_title (OndPlan *source,
               int      first_year,
               int      last_year)
{
  const char *title = ond_plan_get_title (source);
  const char *old_period = ond_plan_get_period_label (source);
  g_autofree char *period = first_year == last_year
                            ? g_strdup_printf ("%d", first_year)
                            : g_strdup_printf ("%d-%d", first_year, last_year);
  g_autoptr(GString) proposed = g_string_new (title);

  if (strstr (title, old_period) != NULL)
    {
      g_string_replace (proposed, old_period, period, 1);
      return g_string_free (g_steal_pointer (&proposed), FALSE);
    }
  /* Translators: a new plan's proposed title: the old title and the new period, e.g.
   * "Uitvoeringsplan ondermijning (2025-2026)". */
  return g_strdup_printf (_("%s (%s)"), title, period);
}

/* The year typed in @field, or 0 when it is no number of at most four digits. */
static int
get_year (OndFormField *field)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (field->field));
  g_autofree char *text = g_strstrip (g_strdup (typed));
  guint64 year;

  if (!g_ascii_string_to_unsigned (text, 10, 1, 9999, &year, NULL))
    return 0;
  return (int) year;
}

static void
set_year (OndFormField *field,
          int           year)
{
  g_autofree char *text = g_strdup_printf ("%d", year);

  gtk_editable_set_text (GTK_EDITABLE (field->field), text);
}

static void
update_proposed_title (OndPlanCopyDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->title.field));
  g_autofree char *proposed = NULL;
  int first_year = get_year (&self->first_year);
  int last_year = get_year (&self->last_year);

  if (first_year == 0 || last_year == 0 || last_year < first_year)
    return;
  if (self->proposed_title != NULL && g_strcmp0 (text, self->proposed_title) != 0)
    return;
  proposed = propose_title (self->source, first_year, last_year);
  g_free (self->proposed_title);
  self->proposed_title = g_strdup (proposed);
  gtk_editable_set_text (GTK_EDITABLE (self->title.field), proposed);
}

static void
show_general_error (OndPlanCopyDialog *self,
                    const char        *message)
{
  gtk_label_set_label (self->general_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->general_error_group), message != NULL);
}

static void
clear_errors (OndPlanCopyDialog *self)
{
  ond_form_field_clear (&self->title);
  ond_form_field_clear (&self->first_year);
  ond_form_field_clear (&self->last_year);
  show_general_error (self, NULL);
}

static void
show_refusal (OndPlanCopyDialog *self,
              const GError      *error)
{
  if (g_error_matches (error, OND_PLAN_ERROR, OND_PLAN_ERROR_NAME))
    ond_form_field_show_error (&self->title, error->message);
  else if (g_error_matches (error, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_PERIOD))
    ond_form_field_show_error (&self->last_year, error->message);
  else
    show_general_error (self, error->message);
}

static void
create (OndPlanCopyDialog *self)
{
  g_autoptr(GError) error = NULL;
  int first_year = get_year (&self->first_year);
  int last_year = get_year (&self->last_year);
  gint64 id;

  clear_errors (self);
  /* Each field that holds no year says so. */
  if (last_year == 0)
    ond_form_field_show_error (&self->last_year, _("Enter a year, e.g. 2026."));
  if (first_year == 0)
    ond_form_field_show_error (&self->first_year, _("Enter a year, e.g. 2025."));
  if (first_year == 0 || last_year == 0)
    return;

  id = ond_store_copy_plan (self->store, ond_plan_get_id (self->source), first_year, last_year,
                            gtk_editable_get_text (GTK_EDITABLE (self->title.field)),
                            &error);
  if (id == 0)
    {
      g_message ("The new plan period was not made: %s", error->message);
      show_refusal (self, error);
      return;
    }

  g_signal_emit (self, signals[CREATED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_create_clicked_cb (OndPlanCopyDialog *self,
                      GtkButton         *button)
{
  create (self);
}

static void
on_entry_activated_cb (OndPlanCopyDialog *self,
                       AdwEntryRow       *row)
{
  create (self);
}

/* The last year moves along with the first, so the period keeps its length. A year half
 * typed ("20") moves nothing: the last whole year is what the next one is compared with. */
static void
on_first_year_changed_cb (OndPlanCopyDialog *self)
{
  int first_year = get_year (&self->first_year);
  int last_year = get_year (&self->last_year);

  if (first_year >= 1000)
    {
      if (last_year != 0 && first_year != self->shown_first_year)
        set_year (&self->last_year, last_year + first_year - self->shown_first_year);
      self->shown_first_year = first_year;
    }
  update_proposed_title (self);
}

static void
on_last_year_changed_cb (OndPlanCopyDialog *self)
{
  update_proposed_title (self);
}

/* An entry row titled @title with its message row; Enter in it creates the plan. */
static GtkWidget *
add_entry (OndPlanCopyDialog *self,
           OndFormField      *field,
           const char        *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (on_entry_activated_cb),
                           self, G_CONNECT_SWAPPED);
  ond_form_field_add (self->group, row, field);
  return row;
}

static void
build_form (OndPlanCopyDialog *self)
{
  int first_year = ond_plan_get_last_year (self->source) + 1;
  int length = ond_plan_get_last_year (self->source) - ond_plan_get_first_year (self->source);
  g_autofree char *description = NULL;
  GtkWidget *row;

  adw_window_title_set_subtitle (self->window_title, ond_plan_get_title (self->source));
  ond_form_set_button_label (self->cancel_button, _("_Cancel"));
  ond_form_set_button_label (self->create_button, _("C_reate"));

  description = g_strdup_printf (_("The new plan starts with the pillars, themes and actions "
                                   "of “%s” and its recurring planning rows, once for every "
                                   "year. Partners, interventions and areas are shared by "
                                   "every plan; the budget is not copied."),
                                 ond_plan_get_title (self->source));
  adw_preferences_group_set_description (self->group, description);

  add_entry (self, &self->title, _("Title"));
  row = add_entry (self, &self->first_year, _("First year"));
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
  set_year (&self->first_year, first_year);
  row = add_entry (self, &self->last_year, _("Last year"));
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
  set_year (&self->last_year, first_year + length);
  self->shown_first_year = first_year;
  update_proposed_title (self);

  g_signal_connect_object (self->first_year.field, "changed",
                           G_CALLBACK (on_first_year_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->last_year.field, "changed",
                           G_CALLBACK (on_last_year_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
ond_plan_copy_dialog_constructed (GObject *object)
{
  OndPlanCopyDialog *self = OND_PLAN_COPY_DIALOG (object);

  G_OBJECT_CLASS (ond_plan_copy_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL && self->source != NULL);
  build_form (self);
  gtk_widget_grab_focus (self->title.field);
}

static void
ond_plan_copy_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OND_TYPE_PLAN_COPY_DIALOG);

  G_OBJECT_CLASS (ond_plan_copy_dialog_parent_class)->dispose (object);
}

static void
ond_plan_copy_dialog_finalize (GObject *object)
{
  OndPlanCopyDialog *self = OND_PLAN_COPY_DIALOG (object);

  g_clear_pointer (&self->proposed_title, g_free);
  g_clear_object (&self->source);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_plan_copy_dialog_parent_class)->finalize (object);
}

static void
ond_plan_copy_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  OndPlanCopyDialog *self = OND_PLAN_COPY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_plan_copy_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  OndPlanCopyDialog *self = OND_PLAN_COPY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SOURCE:
      self->source = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_plan_copy_dialog_class_init (OndPlanCopyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_plan_copy_dialog_constructed;
  object_class->dispose = ond_plan_copy_dialog_dispose;
  object_class->finalize = ond_plan_copy_dialog_finalize;
  object_class->get_property = ond_plan_copy_dialog_get_property;
  object_class->set_property = ond_plan_copy_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndPlanCopyDialog::created:
   * @self: the form
   * @plan_id: the id of the new plan
   *
   * The store made the new plan; the window closes right after.
   */
  signals[CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-plan-copy-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OndPlanCopyDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OndPlanCopyDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, OndPlanCopyDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, OndPlanCopyDialog, general_error_group);
  gtk_widget_class_bind_template_child (widget_class, OndPlanCopyDialog, general_error_label);
  gtk_widget_class_bind_template_child (widget_class, OndPlanCopyDialog, group);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ond_plan_copy_dialog_init (OndPlanCopyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_plan_copy_dialog_new:
 * @parent: (nullable): the window the form belongs to
 * @store: the store to write to
 * @source: the plan the new period starts from
 *
 * Returns: (transfer full): a new form, not yet shown
 */
OndPlanCopyDialog *
ond_plan_copy_dialog_new (GtkWindow *parent,
                          OndStore  *store,
                          OndPlan   *source)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (OND_IS_PLAN (source), NULL);

  return g_object_new (OND_TYPE_PLAN_COPY_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "source", source,
                       NULL);
}

/**
 * ond_plan_copy_dialog_get_source:
 * @self: an #OndPlanCopyDialog
 *
 * Returns: (transfer none): the plan the new period starts from
 */
OndPlan *
ond_plan_copy_dialog_get_source (OndPlanCopyDialog *self)
{
  g_return_val_if_fail (OND_IS_PLAN_COPY_DIALOG (self), NULL);

  return self->source;
}
