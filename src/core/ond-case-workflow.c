/* ond-case-workflow.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The fixed workflow of a case: the status codes and labels (as the case_status table
 * holds them), the weighing decisions, and the one table of allowed steps.
 */

#define G_LOG_DOMAIN "ond-case-workflow"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-workflow.h"
#include "ond-store.h"

typedef struct
{
  const char *code;
  const char *label;
} StatusInfo;

/* In the order of OndCaseStatus; codes and labels as in the case_status table. */
static const StatusInfo statuses[OND_CASE_STATUS_N] = {
  { "nieuw", "Nieuw" },
  { "gewogen", "Gewogen" },
  { "toegewezen", "Toegewezen" },
  { "interventie", "In interventie" },
  { "monitoring", "Monitoring" },
  { "gesloten", "Gesloten" },
  { "afgevoerd", "Afgevoerd" },
};

/* In the order of OndWeighingDecision; codes as in the weighing_decision table. */
static const char * const decisions[] = {
  "afvoeren",
  "partner",
  "riec",
  "onderzoek",
};

/* Every allowed step, from -> to. Weighing gives the steps out of nieuw and gewogen
 * (gewogen -> gewogen is researching further), closing gives monitoring -> gesloten, and
 * gesloten -> monitoring is a reopening. */
static const struct
{
  OndCaseStatus from;
  OndCaseStatus to;
} steps[] = {
  { OND_CASE_STATUS_NEW, OND_CASE_STATUS_WEIGHED },
  { OND_CASE_STATUS_NEW, OND_CASE_STATUS_ASSIGNED },
  { OND_CASE_STATUS_NEW, OND_CASE_STATUS_DROPPED },
  { OND_CASE_STATUS_WEIGHED, OND_CASE_STATUS_WEIGHED },
  { OND_CASE_STATUS_WEIGHED, OND_CASE_STATUS_ASSIGNED },
  { OND_CASE_STATUS_WEIGHED, OND_CASE_STATUS_DROPPED },
  { OND_CASE_STATUS_ASSIGNED, OND_CASE_STATUS_INTERVENTION },
  { OND_CASE_STATUS_INTERVENTION, OND_CASE_STATUS_MONITORING },
  { OND_CASE_STATUS_MONITORING, OND_CASE_STATUS_INTERVENTION },
  { OND_CASE_STATUS_MONITORING, OND_CASE_STATUS_CLOSED },
  { OND_CASE_STATUS_CLOSED, OND_CASE_STATUS_MONITORING },
};

static gboolean
status_is_valid (OndCaseStatus status)
{
  return (guint) status < OND_CASE_STATUS_N;
}

const char *
ond_case_status_to_code (OndCaseStatus status)
{
  g_return_val_if_fail (status_is_valid (status), NULL);

  return statuses[status].code;
}

gboolean
ond_case_status_from_code (const char    *code,
                           OndCaseStatus *status)
{
  if (code == NULL)
    return FALSE;

  for (guint i = 0; i < OND_CASE_STATUS_N; i++)
    {
      if (g_strcmp0 (statuses[i].code, code) == 0)
        {
          if (status != NULL)
            *status = (OndCaseStatus) i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ond_case_status_label:
 * @status: a status
 *
 * Returns: the Dutch label of @status as the window shows it ("In interventie"); it is data,
 *   like the labels of the case_status table, and is not translated
 */
const char *
ond_case_status_label (OndCaseStatus status)
{
  g_return_val_if_fail (status_is_valid (status), NULL);

  return statuses[status].label;
}

/* Open: not yet closed or dropped. */
gboolean
ond_case_status_is_open (OndCaseStatus status)
{
  return status_is_valid (status) &&
         status != OND_CASE_STATUS_CLOSED &&
         status != OND_CASE_STATUS_DROPPED;
}

const char *
ond_weighing_decision_to_code (OndWeighingDecision decision)
{
  g_return_val_if_fail ((guint) decision < G_N_ELEMENTS (decisions), NULL);

  return decisions[decision];
}

gboolean
ond_weighing_decision_from_code (const char          *code,
                                 OndWeighingDecision *decision)
{
  if (code == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (decisions); i++)
    {
      if (g_strcmp0 (decisions[i], code) == 0)
        {
          if (decision != NULL)
            *decision = (OndWeighingDecision) i;
          return TRUE;
        }
    }
  return FALSE;
}

OndCaseStatus
ond_weighing_decision_target (OndWeighingDecision decision)
{
  switch (decision)
    {
    case OND_WEIGHING_DROP:
      return OND_CASE_STATUS_DROPPED;
    case OND_WEIGHING_PARTNER:
    case OND_WEIGHING_RIEC:
      return OND_CASE_STATUS_ASSIGNED;
    case OND_WEIGHING_RESEARCH:
      return OND_CASE_STATUS_WEIGHED;
    default:
      g_return_val_if_reached (OND_CASE_STATUS_WEIGHED);
    }
}

/**
 * ond_case_workflow_allows:
 * @from: the current status
 * @to: the status asked for
 *
 * Returns: whether the workflow has a step from @from to @to (by weighing, closing,
 *   reopening or a plain step)
 */
gboolean
ond_case_workflow_allows (OndCaseStatus from,
                          OndCaseStatus to)
{
  if (!status_is_valid (from) || !status_is_valid (to))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (steps[i].from == from && steps[i].to == to)
        return TRUE;
    }
  return FALSE;
}

/**
 * ond_case_workflow_check:
 * @from: the current status
 * @to: the status asked for
 * @error: return location for an error
 *
 * Returns: %TRUE when the step is allowed; else %FALSE with %OND_STORE_ERROR_INVALID and a
 *   message that names both statuses
 */
gboolean
ond_case_workflow_check (OndCaseStatus   from,
                         OndCaseStatus   to,
                         GError        **error)
{
  if (ond_case_workflow_allows (from, to))
    return TRUE;

  if (!status_is_valid (from) || !status_is_valid (to))
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Unknown case status."));
      return FALSE;
    }

  /* Translators: both are status labels: "A case cannot go from “Nieuw” to “Gesloten”." */
  g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
               _("A case cannot go from “%s” to “%s”."),
               statuses[from].label, statuses[to].label);
  return FALSE;
}

/**
 * ond_case_workflow_next:
 * @from: the current status
 * @next: (out caller-allocates): filled with the statuses reachable from @from
 *
 * Returns: the number of statuses written to @next, in the order of #OndCaseStatus
 */
guint
ond_case_workflow_next (OndCaseStatus from,
                        OndCaseStatus next[OND_CASE_STATUS_N])
{
  guint n = 0;

  g_return_val_if_fail (next != NULL, 0);

  for (guint to = 0; to < OND_CASE_STATUS_N; to++)
    {
      if (ond_case_workflow_allows (from, (OndCaseStatus) to))
        next[n++] = (OndCaseStatus) to;
    }
  return n;
}
