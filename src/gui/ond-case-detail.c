/* ond-case-detail.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One case. It is read once with ond_store_open_case (logged) and after every change here
 * again with ond_store_get_case: the store logs the change itself. The buttons of the
 * workflow are those of the steps ond_case_workflow_next allows from the case's status;
 * what they do is in ond-case-detail-actions.c. */

#define G_LOG_DOMAIN "ond-case-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-access-entry.h"
#include "ond-case-choices.h"
#include "ond-case-detail-private.h"
#include "ond-case-event.h"
#include "ond-case-intervention.h"
#include "ond-date.h"
#include "ond-store-cases.h"
#include "ond-store-vocabulary.h"
#include "ond-text.h"

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_CASE,
  N_PROPS,
};

enum
{
  CHANGED,
  DELETED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndCaseDetail, ond_case_detail, ADW_TYPE_BIN)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_ond_case_detail_report_error (OndCaseDetail *self,
                               const GError  *error)
{
  g_message ("Case: %s", error->message);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-error", "s", error->message);
}

static gboolean
is_editable (OndCaseDetail *self)
{
  return self->store != NULL && !ond_store_is_read_only (self->store);
}

/* A value of the case; an empty one shows as a dash, so that no row looks broken. */
static void
set_value (GtkLabel   *label,
           const char *text)
{
  /* Translators: shown for a field of a case that is empty. */
  gtk_label_set_label (label, !ond_text_is_blank (text) ? text : C_("value", "—"));
}

/* A longer text of the case, below the name of its field. */
static void
set_subtitle (AdwActionRow *row,
              const char   *text)
{
  adw_action_row_set_subtitle (row, !ond_text_is_blank (text) ? text : C_("value", "—"));
}

static void
set_date_value (GtkLabel   *label,
                const char *iso)
{
  g_autofree char *text = ond_date_format (iso);

  set_value (label, text);
}

static GPtrArray *
list_vocabulary (OndCaseDetail *self,
                 const char    *table)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = ond_store_list_vocabulary (self->store, table, &error);

  if (entries == NULL)
    _ond_case_detail_report_error (self, error);
  return entries;
}

static void
load_vocabularies (OndCaseDetail *self)
{
  g_clear_pointer (&self->complexities, g_ptr_array_unref);
  g_clear_pointer (&self->decisions, g_ptr_array_unref);
  g_clear_pointer (&self->outcomes, g_ptr_array_unref);
  if (self->store == NULL)
    return;

  self->complexities = list_vocabulary (self, "complexity");
  self->decisions = list_vocabulary (self, "weighing_decision");
  self->outcomes = list_vocabulary (self, "case_outcome");
}

/* Which buttons of the workflow to show: one per step the case may take next. */
static void
update_steps (OndCaseDetail *self)
{
  OndCaseStatus next[OND_CASE_STATUS_N];
  OndCaseStatus status = ond_case_get_status_enum (self->kase);
  gboolean editable = is_editable (self);
  gboolean weigh = FALSE, start = FALSE, monitor = FALSE, resume = FALSE;
  gboolean close = FALSE, reopen = FALSE;
  guint n = ond_case_workflow_next (status, next);

  for (guint i = 0; i < n; i++)
    {
      switch (next[i])
        {
        case OND_CASE_STATUS_WEIGHED:
        case OND_CASE_STATUS_ASSIGNED:
        case OND_CASE_STATUS_DROPPED:
          weigh |= status == OND_CASE_STATUS_NEW || status == OND_CASE_STATUS_WEIGHED;
          break;
        case OND_CASE_STATUS_INTERVENTION:
          start |= status == OND_CASE_STATUS_ASSIGNED;
          resume |= status == OND_CASE_STATUS_MONITORING;
          break;
        case OND_CASE_STATUS_MONITORING:
          monitor |= status == OND_CASE_STATUS_INTERVENTION;
          reopen |= status == OND_CASE_STATUS_CLOSED;
          break;
        case OND_CASE_STATUS_CLOSED:
          close = TRUE;
          break;
        case OND_CASE_STATUS_NEW:
        default:
          break;
        }
    }

  gtk_widget_set_visible (self->weigh_button, editable && weigh);
  gtk_widget_set_visible (self->start_button, editable && start);
  gtk_widget_set_visible (self->monitor_button, editable && monitor);
  gtk_widget_set_visible (self->resume_button, editable && resume);
  gtk_widget_set_visible (self->close_button, editable && close);
  gtk_widget_set_visible (self->reopen_button, editable && reopen);
  gtk_widget_set_visible (self->steps_box,
                          editable && (weigh || start || monitor || resume || close || reopen));
  /* Interventions once the case is weighed, while it is open. */
  gtk_widget_set_visible (self->add_intervention_button,
                          editable && ond_case_status_is_open (status) &&
                          status != OND_CASE_STATUS_NEW);
  gtk_widget_set_visible (self->edit_button, editable);
  gtk_widget_set_visible (self->delete_button, editable);
}

static void
update_fields (OndCaseDetail *self)
{
  OndCase *kase = self->kase;
  g_autofree char *received = ond_date_format (ond_case_get_date_received (kase));
  g_autofree char *status = NULL;
  gboolean weighed = ond_case_get_decision (kase) != NULL;
  gboolean has_outcome = ond_case_get_outcome (kase) != NULL ||
                         ond_case_get_status_enum (kase) == OND_CASE_STATUS_CLOSED;

  gtk_label_set_label (self->reference_label, ond_case_get_reference (kase));
  /* Translators: below the reference of a case, e.g. "In interventie · received 01-11-2026". */
  status = g_strdup_printf (_("%s · received %s"), ond_case_get_status_label (kase), received);
  gtk_label_set_label (self->status_label, status);

  set_value (self->received_value, received);
  set_value (self->source_value, ond_case_get_source_label (kase));
  set_value (self->theme_value, ond_case_get_theme_name (kase));
  set_value (self->area_value, ond_case_get_area_name (kase));
  set_value (self->kind_value, ond_case_get_subject_kind_label (kase));
  set_value (self->subject_value, ond_case_get_subject_name (kase));
  set_value (self->address_value, ond_case_get_address (kase));
  set_value (self->summary_label, ond_case_get_summary (kase));
  set_value (self->mma_value, ond_case_get_mma_number (kase));
  set_value (self->police_value, ond_case_get_police_number (kase));
  set_value (self->riec_value, ond_case_get_riec_number (kase));
  set_value (self->zaaknummer_value, ond_case_get_zaaknummer (kase));

  gtk_widget_set_visible (self->weighing_group, weighed);
  set_value (self->complexity_value,
             ond_case_choices_label (self->complexities, ond_case_get_complexity (kase)));
  set_value (self->decision_value,
             ond_case_choices_label (self->decisions, ond_case_get_decision (kase)));
  set_subtitle (self->reason_row, ond_case_get_weighing_reason (kase));
  set_value (self->lead_value, ond_case_get_lead_partner_name (kase));
  set_date_value (self->follow_up_value, ond_case_get_follow_up_date (kase));

  gtk_widget_set_visible (self->outcome_group, has_outcome);
  set_value (self->outcome_value,
             ond_case_choices_label (self->outcomes, ond_case_get_outcome (kase)));
  set_subtitle (self->outcome_note_row, ond_case_get_outcome_note (kase));
  set_date_value (self->closed_value, ond_case_get_closed_date (kase));

  update_steps (self);
}

static GtkWidget *
create_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  return label;
}

static GtkWidget *
create_row (const char *title,
            const char *subtitle,
            gboolean    activatable)
{
  return g_object_new (ADW_TYPE_ACTION_ROW,
                       "use-markup", FALSE,
                       "title", title,
                       "title-lines", 0,
                       "subtitle", subtitle,
                       "subtitle-lines", 0,
                       "activatable", activatable,
                       "selectable", FALSE,
                       NULL);
}

/* One intervention: what, who, its status and dates, its note. */
static GtkWidget *
create_intervention_row (gpointer item,
                         gpointer user_data)
{
  OndCaseDetail *self = user_data;
  OndCaseIntervention *intervention = item;
  g_autofree char *planned = NULL;
  g_autofree char *follow_up = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *note = ond_case_intervention_get_note (intervention);
  gboolean editable;
  GtkWidget *row;

  /* Only an open case gets its interventions changed. */
  editable = is_editable (self) &&
             ond_case_status_is_open (ond_case_get_status_enum (self->kase));
  planned = ond_date_format (ond_case_intervention_get_planned_date (intervention));
  follow_up = ond_date_format (ond_case_intervention_get_follow_up_date (intervention));
  /* Translators: e.g. "Politie · Gepland". */
  g_string_append_printf (subtitle, _("%s · %s"),
                          ond_case_intervention_get_partner_name (intervention),
                          ond_case_intervention_get_status_label (intervention));
  if (planned[0] != '\0')
    {
      g_string_append (subtitle, "\n");
      /* Translators: %s is a date, dd-mm-yyyy. */
      g_string_append_printf (subtitle, _("Planned %s"), planned);
    }
  if (follow_up[0] != '\0')
    {
      g_string_append (subtitle, planned[0] != '\0' ? " · " : "\n");
      /* Translators: %s is a date, dd-mm-yyyy. */
      g_string_append_printf (subtitle, _("follow-up %s"), follow_up);
    }
  if (!ond_text_is_blank (note))
    g_string_append_printf (subtitle, "\n%s", note);

  row = create_row (ond_case_intervention_get_intervention_name (intervention),
                    subtitle->str, editable);
  if (editable)
    {
      gtk_widget_set_tooltip_text (row, _("Change this intervention"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  return row;
}

static GtkWidget *
create_event_row (gpointer item,
                  gpointer user_data)
{
  OndCaseEvent *event = item;
  g_autofree char *at = ond_date_format (ond_case_event_get_at (event));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *reason = ond_case_event_get_reason (event);

  if (ond_case_event_get_from_label (event) != NULL)
    /* Translators: a step in the history of a case, e.g. "Nieuw → Gewogen". */
    title = g_strdup_printf (_("%s → %s"), ond_case_event_get_from_label (event),
                             ond_case_event_get_to_label (event));
  else
    title = g_strdup (ond_case_event_get_to_label (event));

  if (!ond_text_is_blank (reason))
    /* Translators: when, who, and why, e.g. "01-11-2026 14:05 · jansen\nreason". */
    subtitle = g_strdup_printf (_("%s · %s\n%s"), at, ond_case_event_get_who (event), reason);
  else
    /* Translators: when and who, e.g. "01-11-2026 14:05 · jansen". */
    subtitle = g_strdup_printf (_("%s · %s"), at, ond_case_event_get_who (event));

  return create_row (title, subtitle, FALSE);
}

static GtkWidget *
create_access_row (gpointer item,
                   gpointer user_data)
{
  OndAccessEntry *entry = item;
  g_autofree char *at = ond_date_format (ond_access_entry_get_at (entry));
  g_autofree char *subtitle = NULL;

  /* Translators: when and who, e.g. "01-11-2026 14:05 · jansen". */
  subtitle = g_strdup_printf (_("%s · %s"), at, ond_access_entry_get_who (entry));
  return create_row (ond_access_entry_get_what (entry), subtitle, FALSE);
}

static void
load_lists (OndCaseDetail *self)
{
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) access = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->interventions);
  if (self->kase != NULL)
    {
      gint64 id = ond_case_get_id (self->kase);

      self->interventions = ond_store_list_case_interventions (self->store, id, &error);
      if (self->interventions != NULL)
        events = ond_store_list_case_events (self->store, id, &error);
      if (events != NULL)
        access = ond_store_list_access_log (self->store, ond_case_get_reference (self->kase),
                                            &error);
      if (error != NULL)
        _ond_case_detail_report_error (self, error);
    }

  gtk_list_box_bind_model (self->interventions_list, self->interventions,
                           create_intervention_row, self, NULL);
  gtk_list_box_bind_model (self->history_list, events, create_event_row, self, NULL);
  gtk_list_box_bind_model (self->access_list, access, create_access_row, self, NULL);
}

/* Reads the case again after a change made here (not logged as an opening: the store
 * logged the change). */
void
_ond_case_detail_refresh (OndCaseDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) kase = NULL;

  if (self->kase == NULL)
    return;

  kase = ond_store_get_case (self->store, ond_case_get_id (self->kase), &error);
  if (kase == NULL)
    {
      _ond_case_detail_report_error (self, error);
      return;
    }

  g_set_object (&self->kase, kase);
  update_fields (self);
  load_lists (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_ond_case_detail_emit_deleted (OndCaseDetail *self,
                               gint64         case_id,
                               const char    *reference)
{
  g_signal_emit (self, signals[DELETED], 0, case_id, reference);
}

static void
ond_case_detail_dispose (GObject *object)
{
  OndCaseDetail *self = OND_CASE_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_CASE_DETAIL);
  g_clear_object (&self->interventions);

  G_OBJECT_CLASS (ond_case_detail_parent_class)->dispose (object);
}

static void
ond_case_detail_finalize (GObject *object)
{
  OndCaseDetail *self = OND_CASE_DETAIL (object);

  g_clear_pointer (&self->complexities, g_ptr_array_unref);
  g_clear_pointer (&self->decisions, g_ptr_array_unref);
  g_clear_pointer (&self->outcomes, g_ptr_array_unref);
  g_clear_object (&self->kase);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_case_detail_parent_class)->finalize (object);
}

static void
ond_case_detail_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OndCaseDetail *self = OND_CASE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_case_detail_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OndCaseDetail *self = OND_CASE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ond_case_detail_set_store (self, g_value_get_object (value));
      break;

    case PROP_PLAN:
      ond_case_detail_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_case_detail_class_init (OndCaseDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ond_case_detail_dispose;
  object_class->finalize = ond_case_detail_finalize;
  object_class->get_property = ond_case_detail_get_property;
  object_class->set_property = ond_case_detail_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         OND_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         OND_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         OND_TYPE_CASE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndCaseDetail::changed:
   * @self: the view
   *
   * The case shown was changed here (and read again).
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * OndCaseDetail::deleted:
   * @self: the view
   * @case_id: the id of the case
   * @reference: its reference
   *
   * The case shown was deleted (hidden until the deletion is undone or made final).
   */
  signals[DELETED] =
    g_signal_new ("deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-case-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, edit_button);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, delete_button);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, reference_label);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, steps_box);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, weigh_button);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, start_button);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, monitor_button);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, resume_button);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, close_button);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, received_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, source_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, theme_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, area_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, kind_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, subject_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, address_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, mma_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, police_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, riec_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, zaaknummer_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, weighing_group);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, complexity_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, decision_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, reason_row);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, lead_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, follow_up_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, outcome_group);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, outcome_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, outcome_note_row);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, closed_value);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, add_intervention_button);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, interventions_list);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, history_list);
  gtk_widget_class_bind_template_child (widget_class, OndCaseDetail, access_list);

  _ond_case_detail_class_actions_init (klass);
}

static void
ond_case_detail_init (OndCaseDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->interventions_list,
                                create_placeholder (_("No interventions yet")));
  gtk_list_box_set_placeholder (self->history_list, create_placeholder (_("No history")));
  gtk_list_box_set_placeholder (self->access_list, create_placeholder (_("Nothing logged")));

  _ond_case_detail_actions_init (self);
}

GtkWidget *
ond_case_detail_new (void)
{
  return g_object_new (OND_TYPE_CASE_DETAIL, NULL);
}

/**
 * ond_case_detail_get_store:
 * @self: an #OndCaseDetail
 *
 * Returns: (transfer none) (nullable): the store the view reads
 */
OndStore *
ond_case_detail_get_store (OndCaseDetail *self)
{
  g_return_val_if_fail (OND_IS_CASE_DETAIL (self), NULL);

  return self->store;
}

void
ond_case_detail_set_store (OndCaseDetail *self,
                           OndStore      *store)
{
  g_return_if_fail (OND_IS_CASE_DETAIL (self));
  g_return_if_fail (store == NULL || OND_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  ond_case_detail_clear (self);
  load_vocabularies (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ond_case_detail_get_plan:
 * @self: an #OndCaseDetail
 *
 * Returns: (transfer none) (nullable): the plan whose themes the intake form offers
 */
OndPlan *
ond_case_detail_get_plan (OndCaseDetail *self)
{
  g_return_val_if_fail (OND_IS_CASE_DETAIL (self), NULL);

  return self->plan;
}

void
ond_case_detail_set_plan (OndCaseDetail *self,
                          OndPlan       *plan)
{
  g_return_if_fail (OND_IS_CASE_DETAIL (self));
  g_return_if_fail (plan == NULL || OND_IS_PLAN (plan));

  if (g_set_object (&self->plan, plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * ond_case_detail_get_case:
 * @self: an #OndCaseDetail
 *
 * Returns: (transfer none) (nullable): the case shown
 */
OndCase *
ond_case_detail_get_case (OndCaseDetail *self)
{
  g_return_val_if_fail (OND_IS_CASE_DETAIL (self), NULL);

  return self->kase;
}

/**
 * ond_case_detail_open:
 * @self: an #OndCaseDetail
 * @case_id: the case to show
 * @error: return location for an error
 *
 * Opens the case: reads it with ond_store_open_case(), which logs the opening (and so fails
 * on a read-only store), and shows it.
 *
 * Returns: whether the case is shown
 */
gboolean
ond_case_detail_open (OndCaseDetail  *self,
                      gint64          case_id,
                      GError        **error)
{
  g_autoptr(OndCase) kase = NULL;

  g_return_val_if_fail (OND_IS_CASE_DETAIL (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kase = ond_store_open_case (self->store, case_id, error);
  if (kase == NULL)
    return FALSE;

  g_set_object (&self->kase, kase);
  update_fields (self);
  load_lists (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
  return TRUE;
}

void
ond_case_detail_clear (OndCaseDetail *self)
{
  g_return_if_fail (OND_IS_CASE_DETAIL (self));

  if (self->kase == NULL)
    return;

  g_clear_object (&self->kase);
  load_lists (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}
