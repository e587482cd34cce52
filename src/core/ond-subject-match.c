/* ond-subject-match.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One case found for a request of a person concerned. Built by the store
 * (ond-store-subject.c); only the places it was found in grow while the search runs.
 */

#define G_LOG_DOMAIN "ond-subject-match"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-subject-match.h"

struct _OndSubjectMatch
{
  GObject           parent_instance;

  gint64            case_id;
  char             *reference;
  char             *subject_name;
  char             *address;
  char             *status_label;
  char             *date_received;
  gboolean          hidden;
  OndSubjectPlaces  places;
};

G_DEFINE_FINAL_TYPE (OndSubjectMatch, ond_subject_match, G_TYPE_OBJECT)

static void
ond_subject_match_finalize (GObject *object)
{
  OndSubjectMatch *self = OND_SUBJECT_MATCH (object);

  g_free (self->reference);
  g_free (self->subject_name);
  g_free (self->address);
  g_free (self->status_label);
  g_free (self->date_received);

  G_OBJECT_CLASS (ond_subject_match_parent_class)->finalize (object);
}

static void
ond_subject_match_class_init (OndSubjectMatchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ond_subject_match_finalize;
}

static void
ond_subject_match_init (OndSubjectMatch *self)
{
}

static char *
dup_or_empty (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

/**
 * ond_subject_match_new:
 * @case_id: the case
 * @reference: its reference
 * @subject_name: (nullable): its subject's name
 * @address: (nullable): its subject's address
 * @status_label: (nullable): its status, as shown ("Nieuw")
 * @date_received: (nullable): its date received, ISO
 * @hidden: whether the case is hidden (deleted, can still be brought back)
 * @places: where the person was found
 *
 * Returns: (transfer full): a new match
 */
OndSubjectMatch *
ond_subject_match_new (gint64            case_id,
                       const char       *reference,
                       const char       *subject_name,
                       const char       *address,
                       const char       *status_label,
                       const char       *date_received,
                       gboolean          hidden,
                       OndSubjectPlaces  places)
{
  OndSubjectMatch *self = g_object_new (OND_TYPE_SUBJECT_MATCH, NULL);

  self->case_id = case_id;
  self->reference = dup_or_empty (reference);
  self->subject_name = dup_or_empty (subject_name);
  self->address = dup_or_empty (address);
  self->status_label = dup_or_empty (status_label);
  self->date_received = dup_or_empty (date_received);
  self->hidden = hidden;
  self->places = places;
  return self;
}

gint64
ond_subject_match_get_case_id (OndSubjectMatch *self)
{
  g_return_val_if_fail (OND_IS_SUBJECT_MATCH (self), 0);
  return self->case_id;
}

const char *
ond_subject_match_get_reference (OndSubjectMatch *self)
{
  g_return_val_if_fail (OND_IS_SUBJECT_MATCH (self), NULL);
  return self->reference;
}

const char *
ond_subject_match_get_subject_name (OndSubjectMatch *self)
{
  g_return_val_if_fail (OND_IS_SUBJECT_MATCH (self), NULL);
  return self->subject_name;
}

const char *
ond_subject_match_get_address (OndSubjectMatch *self)
{
  g_return_val_if_fail (OND_IS_SUBJECT_MATCH (self), NULL);
  return self->address;
}

const char *
ond_subject_match_get_status_label (OndSubjectMatch *self)
{
  g_return_val_if_fail (OND_IS_SUBJECT_MATCH (self), NULL);
  return self->status_label;
}

const char *
ond_subject_match_get_date_received (OndSubjectMatch *self)
{
  g_return_val_if_fail (OND_IS_SUBJECT_MATCH (self), NULL);
  return self->date_received;
}

gboolean
ond_subject_match_get_hidden (OndSubjectMatch *self)
{
  g_return_val_if_fail (OND_IS_SUBJECT_MATCH (self), FALSE);
  return self->hidden;
}

OndSubjectPlaces
ond_subject_match_get_places (OndSubjectMatch *self)
{
  g_return_val_if_fail (OND_IS_SUBJECT_MATCH (self), 0);
  return self->places;
}

void
ond_subject_match_add_places (OndSubjectMatch  *self,
                              OndSubjectPlaces  places)
{
  g_return_if_fail (OND_IS_SUBJECT_MATCH (self));
  self->places |= places;
}

/**
 * ond_subject_places_describe:
 * @places: where a person was found
 *
 * Returns: (transfer full): the places in words, joined with ", " ("" for none)
 */
char *
ond_subject_places_describe (OndSubjectPlaces places)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();

  if (places & OND_SUBJECT_PLACE_NAME)
    g_ptr_array_add (words, (gpointer) _("name"));
  if (places & OND_SUBJECT_PLACE_ADDRESS)
    g_ptr_array_add (words, (gpointer) _("address"));
  if (places & OND_SUBJECT_PLACE_SUMMARY)
    g_ptr_array_add (words, (gpointer) _("summary"));
  if (places & OND_SUBJECT_PLACE_HISTORY)
    g_ptr_array_add (words, (gpointer) _("history"));
  if (places & OND_SUBJECT_PLACE_INTERVENTION)
    g_ptr_array_add (words, (gpointer) _("intervention note"));
  if (places & OND_SUBJECT_PLACE_MEETING)
    g_ptr_array_add (words, (gpointer) _("casusoverleg"));
  g_ptr_array_add (words, NULL);
  return g_strjoinv (", ", (char **) words->pdata);
}
