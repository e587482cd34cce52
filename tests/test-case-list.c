/* test-case-list.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndCaseList, the GListModel of the case list: over some 1,250 cases registered and moved
 * through the workflow with the store's own calls, every count and order the list gives is
 * checked against the same selection and sort computed here from what the test did. Search
 * (reference, subject, summary; case and accents; LIKE's % and _ taken literally), each
 * filter, combinations, each sort both ways, hidden (deleted) cases, items-changed, reading
 * beyond the end, reloading after a change, and the page cache.
 */

#define G_LOG_DOMAIN "test-case-list"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ond-case.h"
#include "ond-case-draft.h"
#include "ond-case-list.h"
#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-plan.h"
#include "ond-store-cases.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "ond-text.h"
#include "ond-theme.h"

#define N_CASES 1250

/* An intervention of a case, as the test added it. */
typedef struct
{
  gint64      id;
  gint64      partner_id;
  char       *follow_up;   /* NULL: none */
  const char *status;
} Action;

/* What the test knows of a case, from what it asked the store to do. */
typedef struct
{
  gint64         id;
  char          *reference;
  char          *date;
  const char    *source;
  gint64         theme_id;
  const char    *theme_name;     /* NULL: no theme */
  char          *subject;
  char          *summary;
  OndCaseStatus  status;
  const char    *lead_partner;   /* short name, NULL: none */
  char          *follow_up;      /* the case's own, NULL: none */
  GPtrArray     *actions;        /* Action *: its interventions */
  gboolean       deleted;
} Expected;

static const char * const source_codes[] = {
  "mma", "c3", "eigen", "politie", "professional", "inwoner", "ondernemer", "riec", "overig",
};
/* The labels the schema gives them (the list sorts on what it shows). */
static const char * const source_labels[] = {
  "Meld Misdaad Anoniem", "C3", "Eigen organisatie", "Politie", "Professional", "Inwoner",
  "Ondernemer", "RIEC", "Overig",
};
static const char * const status_codes[] = {
  "nieuw", "gewogen", "toegewezen", "interventie", "monitoring", "gesloten", "afgevoerd",
};

/* Subjects with something to find: accents, LIKE's special characters, look-alikes. */
static const char * const special_subjects[] = {
  "Crème Brûlée B.V.",
  "CREME de la Crème",
  "Kapsalon 100% Haar",
  "Bakkerij 1000 Broden",
  "Garage A_B",
  "Garage AXB",
  "Back\\slash Holding",
  "Öztürk Import",
  "Zoë van Dijk",
  "Café 't Hoekje",
};
static const char * const first_names[] = {
  "Jan", "Piet", "Fatima", "Mohamed", "Anna", "Sanne", "Kees", "Emre", "Noor", "Willem",
};
static const char * const surnames[] = {
  "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
  "Mulder", "Yılmaz", "El Amrani", "Dekker", "Öztürk",
};
static const char * const companies[] = {
  "Autobedrijf", "Nagelstudio", "Shishalounge", "Garagebox", "Belwinkel", "Barbershop",
  "Koeriersdienst", "Opslag",
};
static const char * const words[] = {
  "melding", "over", "mogelijke", "hennepkwekerij", "in", "pand", "aan", "de", "Voorstraat",
  "Wijnstraat", "veel", "bezoekers", "'s", "nachts", "stroomverbruik", "verdachte",
  "contante", "betalingen", "uitbuiting", "arbeidsmigranten", "garagebox", "crème",
  "geëxploiteerd", "naïef", "leegstand", "witwassen", "vakantiepark", "haven",
};

typedef struct
{
  char       *dir;
  char       *path;         /* the file, or the server database in the PostgreSQL run */
  OndStore   *store;
  GPtrArray  *cases;        /* Expected * */
  GPtrArray  *themes;       /* OndTheme * of the current plan */
  GPtrArray  *partners;     /* OndPartner *, not retired */
  GPtrArray  *interventions; /* OndIntervention *, not retired */
  GDateTime  *today;
} Fixture;

static Fixture fixture;

static void
action_free (gpointer data)
{
  Action *action = data;

  g_free (action->follow_up);
  g_free (action);
}

static void
expected_free (gpointer data)
{
  Expected *e = data;

  g_free (e->reference);
  g_free (e->date);
  g_free (e->subject);
  g_free (e->summary);
  g_free (e->follow_up);
  g_ptr_array_unref (e->actions);
  g_free (e);
}

static const char *
partner_short_name (gint64 id)
{
  for (guint i = 0; i < fixture.partners->len; i++)
    {
      OndPartner *partner = g_ptr_array_index (fixture.partners, i);

      if (ond_partner_get_id (partner) == id)
        return ond_partner_get_short_name (partner);
    }
  g_assert_not_reached ();
}

static gint64
partner_by_short_name (const char *short_name)
{
  for (guint i = 0; i < fixture.partners->len; i++)
    {
      OndPartner *partner = g_ptr_array_index (fixture.partners, i);

      if (g_str_equal (ond_partner_get_short_name (partner), short_name))
        return ond_partner_get_id (partner);
    }
  g_assert_not_reached ();
}

static char *
random_date (GRand *rand,
             int    first_year,
             int    last_year)
{
  int year = g_rand_int_range (rand, first_year, last_year + 1);

  return g_strdup_printf ("%04d-%02d-%02d", year, g_rand_int_range (rand, 1, 13),
                          g_rand_int_range (rand, 1, 29));
}

static char *
random_subject (GRand *rand,
                guint  index)
{
  if (index < G_N_ELEMENTS (special_subjects))
    return g_strdup (special_subjects[index]);
  if (g_rand_boolean (rand))
    return g_strdup_printf ("%s %s",
                            first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))],
                            surnames[g_rand_int_range (rand, 0, G_N_ELEMENTS (surnames))]);
  return g_strdup_printf ("%s %s", companies[g_rand_int_range (rand, 0, G_N_ELEMENTS (companies))],
                          surnames[g_rand_int_range (rand, 0, G_N_ELEMENTS (surnames))]);
}

static char *
random_summary (GRand *rand)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int n = g_rand_int_range (rand, 4, 16);

  for (int i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static Expected *
create_case (GRand *rand,
             guint  index)
{
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  g_autoptr(GError) error = NULL;
  Expected *e = g_new0 (Expected, 1);
  int source = g_rand_int_range (rand, 0, G_N_ELEMENTS (source_codes));
  int theme = g_rand_int_range (rand, -1, (int) fixture.themes->len);

  e->date = random_date (rand, 2019, 2025);
  e->source = source_codes[source];
  if (theme >= 0)
    {
      OndTheme *t = g_ptr_array_index (fixture.themes, theme);

      e->theme_id = ond_theme_get_id (t);
      e->theme_name = ond_theme_get_name (t);
    }
  e->subject = random_subject (rand, index);
  e->summary = random_summary (rand);
  e->status = OND_CASE_STATUS_NEW;
  e->actions = g_ptr_array_new_with_free_func (action_free);

  draft->date_received = g_strdup (e->date);
  draft->source = g_strdup (e->source);
  draft->theme_id = e->theme_id;
  draft->subject_kind = g_strdup (g_rand_boolean (rand) ? "persoon" : "onderneming");
  draft->subject_name = g_strdup (e->subject);
  draft->address = g_strdup_printf ("Voorstraat %d", g_rand_int_range (rand, 1, 400));
  draft->summary = g_strdup (e->summary);

  e->id = ond_store_create_case (fixture.store, draft, fixture.today, &e->reference, &error);
  g_assert_no_error (error);
  g_assert_cmpint (e->id, >, 0);
  g_assert_nonnull (e->reference);
  return e;
}

static void
add_interventions (GRand    *rand,
                   Expected *e)
{
  static const char * const statuses[] = { "gepland", "lopend", "gereed", "geannuleerd" };
  int n = g_rand_int_range (rand, 0, 4);

  for (int i = 0; i < n; i++)
    {
      OndIntervention *intervention =
        g_ptr_array_index (fixture.interventions,
                           g_rand_int_range (rand, 0, (int) fixture.interventions->len));
      g_autoptr(GError) error = NULL;
      Action *action = g_new0 (Action, 1);
      const gint64 *partner_ids;
      guint n_partners;

      partner_ids = ond_intervention_get_partner_ids (intervention, &n_partners);
      g_assert_cmpuint (n_partners, >, 0);
      action->partner_id = partner_ids[g_rand_int_range (rand, 0, (int) n_partners)];
      action->status = statuses[g_rand_int_range (rand, 0, G_N_ELEMENTS (statuses))];
      if (g_rand_int_range (rand, 0, 4) > 0)
        action->follow_up = random_date (rand, 2024, 2031);

      action->id = ond_store_add_case_intervention (fixture.store, e->id,
                                                    ond_intervention_get_id (intervention),
                                                    action->partner_id, NULL, action->follow_up,
                                                    action->status, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (action->id, >, 0);
      g_ptr_array_add (e->actions, action);
    }
}

static void
move (Expected      *e,
      OndCaseStatus  to)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ond_store_move_case (fixture.store, e->id, to, NULL, &error));
  g_assert_no_error (error);
  e->status = to;
}

/* Takes the case through the workflow as far as @rand says. */
static void
progress_case (GRand    *rand,
               Expected *e)
{
  g_autoptr(GError) error = NULL;
  int step = g_rand_int_range (rand, 0, 10);
  gint64 lead = 0;

  if (step < 2)
    {
      /* Stays new. */
    }
  else if (step == 2)
    {
      e->follow_up = random_date (rand, 2030, 2031);
      g_assert_true (ond_store_weigh_case (fixture.store, e->id, "midden",
                                           OND_WEIGHING_RESEARCH, "Nader onderzoek nodig", 0,
                                           e->follow_up, &error));
      e->status = OND_CASE_STATUS_WEIGHED;
    }
  else if (step == 3)
    {
      g_assert_true (ond_store_weigh_case (fixture.store, e->id, "laag", OND_WEIGHING_DROP,
                                           "Geen aanwijzingen", 0, NULL, &error));
      e->status = OND_CASE_STATUS_DROPPED;
    }
  else if (step == 9)
    {
      g_assert_true (ond_store_weigh_case (fixture.store, e->id, "hoog", OND_WEIGHING_RIEC,
                                           "Regionaal beeld", 0, NULL, &error));
      e->status = OND_CASE_STATUS_ASSIGNED;
      e->lead_partner = partner_short_name (partner_by_short_name ("RIEC"));
    }
  else
    {
      OndPartner *partner =
        g_ptr_array_index (fixture.partners,
                           g_rand_int_range (rand, 0, (int) fixture.partners->len));

      lead = ond_partner_get_id (partner);
      g_assert_true (ond_store_weigh_case (fixture.store, e->id, "midden", OND_WEIGHING_PARTNER,
                                           "Past bij de partner", lead, NULL, &error));
      e->status = OND_CASE_STATUS_ASSIGNED;
      e->lead_partner = ond_partner_get_short_name (partner);
      if (step >= 6)
        {
          move (e, OND_CASE_STATUS_INTERVENTION);
          add_interventions (rand, e);
        }
      if (step >= 7)
        move (e, OND_CASE_STATUS_MONITORING);
    }
  g_assert_no_error (error);

  /* Some open cases get a follow-up date of their own, in the past or the future. */
  if (ond_case_status_is_open (e->status) && g_rand_int_range (rand, 0, 4) == 0)
    {
      g_free (e->follow_up);
      e->follow_up = random_date (rand, 2024, 2031);
      g_assert_true (ond_store_set_case_follow_up (fixture.store, e->id, e->follow_up, &error));
      g_assert_no_error (error);
    }

  if (step == 8)
    {
      g_assert_true (ond_store_close_case (fixture.store, e->id, "effectief", "Gesloten",
                                           &error));
      g_assert_no_error (error);
      e->status = OND_CASE_STATUS_CLOSED;
      g_clear_pointer (&e->follow_up, g_free);
    }
}

static void
delete_case (Expected *e)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ond_store_delete_case (fixture.store, e->id, &error));
  g_assert_no_error (error);
  e->deleted = TRUE;
}

static GPtrArray *
list_to_array (GListModel *model,
               GType       type,
               gboolean  (*keep) (gpointer))
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      gpointer item = g_list_model_get_item (model, i);

      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (item, type));
      if (keep == NULL || keep (item))
        g_ptr_array_add (array, item);
      else
        g_object_unref (item);
    }
  return array;
}

static gboolean
partner_in_use (gpointer item)
{
  return !ond_partner_get_retired (item);
}

static gboolean
intervention_in_use (gpointer item)
{
  guint n_partners = 0;

  ond_intervention_get_partner_ids (item, &n_partners);
  return !ond_intervention_get_retired (item) && n_partners > 0;
}

static void
fixture_set_up (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(GListModel) partners = NULL;
  g_autoptr(GListModel) interventions = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260630);

  fixture.dir = ond_test_make_dir ("test-case-list");
  fixture.path = ond_test_db_new (fixture.dir, "cases.db");
  fixture.store = ond_store_open (fixture.path, &error);
  g_assert_no_error (error);
  fixture.today = g_date_time_new_local (2026, 6, 30, 12, 0, 0);

  plan = ond_store_dup_current_plan (fixture.store, &error);
  g_assert_no_error (error);
  themes = ond_store_list_themes (fixture.store, ond_plan_get_id (plan), &error);
  g_assert_no_error (error);
  partners = ond_store_list_partners (fixture.store, &error);
  g_assert_no_error (error);
  interventions = ond_store_list_interventions (fixture.store, &error);
  g_assert_no_error (error);
  fixture.themes = list_to_array (themes, OND_TYPE_THEME, NULL);
  fixture.partners = list_to_array (partners, OND_TYPE_PARTNER, partner_in_use);
  fixture.interventions = list_to_array (interventions, OND_TYPE_INTERVENTION,
                                         intervention_in_use);
  g_assert_cmpuint (fixture.themes->len, >=, 2);
  g_assert_cmpuint (fixture.partners->len, >=, 2);
  g_assert_cmpuint (fixture.interventions->len, >=, 2);

  fixture.cases = g_ptr_array_new_with_free_func (expected_free);
  for (guint i = 0; i < N_CASES; i++)
    {
      Expected *e = create_case (rand, i);

      g_ptr_array_add (fixture.cases, e);
      progress_case (rand, e);
    }
  /* Hide some (a deletion that can still be undone): never one of the special subjects. */
  for (guint i = G_N_ELEMENTS (special_subjects); i < N_CASES; i += 37)
    delete_case (g_ptr_array_index (fixture.cases, i));
}

static void
fixture_tear_down (void)
{
  g_clear_pointer (&fixture.cases, g_ptr_array_unref);
  g_clear_pointer (&fixture.themes, g_ptr_array_unref);
  g_clear_pointer (&fixture.partners, g_ptr_array_unref);
  g_clear_pointer (&fixture.interventions, g_ptr_array_unref);
  g_clear_pointer (&fixture.today, g_date_time_unref);
  g_assert_finalize_object (fixture.store);
  ond_test_db_drop (fixture.path);
  ond_test_remove_tree (fixture.dir);
  g_free (fixture.path);
  g_free (fixture.dir);
}

/* The expected side: selection and order computed from what the test did. */

typedef struct
{
  const char  *search;
  const char  *status;
  gint64       theme_id;
  const char  *source;
  int          year;
  OndCaseSort  sort;
  gboolean     descending;
} Query;

static const char *
next_follow_up (const Expected *e)
{
  const char *next = e->follow_up;

  for (guint i = 0; i < e->actions->len; i++)
    {
      const Action *action = g_ptr_array_index (e->actions, i);

      if (action->follow_up == NULL ||
          !(g_str_equal (action->status, "gepland") || g_str_equal (action->status, "lopend")))
        continue;
      if (next == NULL || strcmp (action->follow_up, next) < 0)
        next = action->follow_up;
    }
  return next;
}

static const char *
source_label (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (source_codes); i++)
    {
      if (g_str_equal (source_codes[i], code))
        return source_labels[i];
    }
  g_assert_not_reached ();
}

static gboolean
matches_search (const Expected *e,
                const char     *search)
{
  g_autofree char *joined = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) terms = NULL;

  if (search == NULL)
    return TRUE;
  folded = ond_text_fold (search);
  joined = g_strjoin (" ", e->reference, e->subject, e->summary, NULL);
  text = ond_text_fold (joined);
  terms = g_strsplit (folded, " ", -1);
  for (guint i = 0; terms[i] != NULL; i++)
    {
      if (strstr (text, terms[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
matches (const Expected *e,
         const Query    *q)
{
  g_autofree char *year = q->year != 0 ? g_strdup_printf ("%d-", q->year) : NULL;

  return !e->deleted &&
         matches_search (e, q->search) &&
         (q->status == NULL || g_str_equal (status_codes[e->status], q->status)) &&
         (q->theme_id == 0 || e->theme_id == q->theme_id) &&
         (q->source == NULL || g_str_equal (e->source, q->source)) &&
         (year == NULL || g_str_has_prefix (e->date, year));
}

/* Compares two optional strings with the empty ones last. */
static int
compare_nullable (const char *a,
                  const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return strcmp (a, b);
}

static int
compare_ascending (const Expected *a,
                   const Expected *b,
                   OndCaseSort     sort)
{
  int cmp = 0;

  switch (sort)
    {
    case OND_CASE_SORT_REFERENCE:
      cmp = strcmp (a->reference, b->reference);
      break;
    case OND_CASE_SORT_RECEIVED:
      cmp = strcmp (a->date, b->date);
      break;
    case OND_CASE_SORT_THEME:
      cmp = compare_nullable (a->theme_name, b->theme_name);
      break;
    case OND_CASE_SORT_SOURCE:
      cmp = strcmp (source_label (a->source), source_label (b->source));
      break;
    case OND_CASE_SORT_STATUS:
      /* The workflow's order, which is the order of the enum. */
      cmp = (int) a->status - (int) b->status;
      break;
    case OND_CASE_SORT_LEAD_PARTNER:
      cmp = compare_nullable (a->lead_partner, b->lead_partner);
      break;
    case OND_CASE_SORT_NEXT_FOLLOW_UP:
      cmp = compare_nullable (next_follow_up (a), next_follow_up (b));
      break;
    default:
      g_assert_not_reached ();
    }
  if (cmp == 0)
    cmp = (a->id > b->id) - (a->id < b->id);
  return cmp;
}

static int
compare_expected (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const Query *q = user_data;
  int cmp = compare_ascending (*(Expected * const *) a, *(Expected * const *) b, q->sort);

  return q->descending ? -cmp : cmp;
}

static GArray *
expected_ids (const Query *q)
{
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < fixture.cases->len; i++)
    {
      Expected *e = g_ptr_array_index (fixture.cases, i);

      if (matches (e, q))
        g_ptr_array_add (selected, e);
    }
  g_ptr_array_sort_with_data (selected, compare_expected, (gpointer) q);
  for (guint i = 0; i < selected->len; i++)
    g_array_append_val (ids, ((Expected *) g_ptr_array_index (selected, i))->id);
  return ids;
}

/* The list side. */

static OndCaseList *
list_new (const Query *q)
{
  OndCaseList *list = ond_case_list_new (fixture.store);

  ond_case_list_set_search (list, q->search);
  ond_case_list_set_status (list, q->status);
  ond_case_list_set_theme (list, q->theme_id);
  ond_case_list_set_source (list, q->source);
  ond_case_list_set_year (list, q->year);
  ond_case_list_set_sort (list, q->sort, q->descending);
  g_assert_null (ond_case_list_get_error (list));
  return list;
}

static GArray *
list_ids (GListModel *model)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndCase) item = g_list_model_get_item (model, i);
      gint64 id;

      g_assert_nonnull (item);
      g_assert_true (OND_IS_CASE (item));
      id = ond_case_get_id (item);
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
assert_same_ids (GArray *got,
                 GArray *want)
{
  g_assert_cmpuint (got->len, ==, want->len);
  for (guint i = 0; i < want->len; i++)
    {
      if (g_array_index (got, gint64, i) != g_array_index (want, gint64, i))
        g_error ("position %u: case %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT, i,
                 g_array_index (got, gint64, i), g_array_index (want, gint64, i));
    }
}

/* Checks the list for @q against the expectation; returns the number of cases. */
static guint
check_query (const Query *q)
{
  g_autoptr(OndCaseList) list = list_new (q);
  g_autoptr(GArray) want = expected_ids (q);
  g_autoptr(GArray) got = NULL;

  g_test_message ("search “%s” status %s theme %" G_GINT64_FORMAT
                  " source %s year %d sort %d%s: %u cases",
                  q->search ? q->search : "", q->status ? q->status : "-",
                  q->theme_id, q->source ? q->source : "-", q->year, q->sort,
                  q->descending ? " desc" : "", want->len);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, want->len);
  got = list_ids (G_LIST_MODEL (list));
  assert_same_ids (got, want);
  return want->len;
}

static guint
n_visible (void)
{
  guint n = 0;

  for (guint i = 0; i < fixture.cases->len; i++)
    n += !((Expected *) g_ptr_array_index (fixture.cases, i))->deleted;
  return n;
}

/* The tests. */

static void
test_all (void)
{
  g_autoptr(OndCaseList) list = ond_case_list_new (fixture.store);
  Query q = { .sort = OND_CASE_SORT_RECEIVED, .descending = TRUE };
  g_autoptr(GArray) want = expected_ids (&q);
  g_autoptr(GArray) got = NULL;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == OND_TYPE_CASE);
  g_assert_null (ond_case_list_get_error (list));
  /* A new list shows every visible case, newest received first. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n_visible ());
  g_assert_cmpuint (n_visible (), <, N_CASES);
  got = list_ids (G_LIST_MODEL (list));
  assert_same_ids (got, want);
}

static void
test_sort (void)
{
  for (OndCaseSort sort = OND_CASE_SORT_REFERENCE; sort <= OND_CASE_SORT_NEXT_FOLLOW_UP; sort++)
    {
      for (int descending = 0; descending <= 1; descending++)
        {
          Query q = { .sort = sort, .descending = descending };

          g_assert_cmpuint (check_query (&q), ==, n_visible ());
        }
    }
}

static void
test_sort_reverses (void)
{
  /* Descending is ascending read backwards, ties included. */
  for (OndCaseSort sort = OND_CASE_SORT_REFERENCE; sort <= OND_CASE_SORT_NEXT_FOLLOW_UP; sort++)
    {
      Query up = { .sort = sort, .descending = FALSE };
      Query down = { .sort = sort, .descending = TRUE };
      g_autoptr(OndCaseList) ascending = list_new (&up);
      g_autoptr(OndCaseList) descending = list_new (&down);
      g_autoptr(GArray) a = list_ids (G_LIST_MODEL (ascending));
      g_autoptr(GArray) d = list_ids (G_LIST_MODEL (descending));

      g_assert_cmpuint (a->len, ==, d->len);
      for (guint i = 0; i < a->len; i++)
        g_assert_cmpint (g_array_index (a, gint64, i), ==,
                         g_array_index (d, gint64, d->len - 1 - i));
    }
}

static void
test_sort_values (void)
{
  Query q = { .sort = OND_CASE_SORT_NEXT_FOLLOW_UP };
  g_autoptr(OndCaseList) list = list_new (&q);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_autofree char *previous = NULL;
  gboolean seen_empty = FALSE;
  guint with_date = 0;

  /* The order follows the next-follow-up the rows show; rows without one come last. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndCase) item = g_list_model_get_item (G_LIST_MODEL (list), i);
      const char *next = ond_case_get_next_follow_up (item);

      if (next == NULL)
        {
          seen_empty = TRUE;
          continue;
        }
      g_assert_false (seen_empty);
      if (previous != NULL)
        g_assert_cmpstr (previous, <=, next);
      g_free (previous);
      previous = g_strdup (next);
      with_date++;
    }
  g_assert_true (seen_empty);
  g_assert_cmpuint (with_date, >, 50);
}

static void
test_filter_status (void)
{
  guint total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (status_codes); i++)
    {
      Query q = { .status = status_codes[i], .sort = OND_CASE_SORT_REFERENCE };
      guint n = check_query (&q);

      /* Every status occurs in the data, so each filter really selects. */
      g_assert_cmpuint (n, >, 0);
      total += n;
    }
  g_assert_cmpuint (total, ==, n_visible ());
}

static void
test_filter_theme (void)
{
  guint total = 0;

  for (guint i = 0; i < fixture.themes->len; i++)
    {
      Query q = {
        .theme_id = ond_theme_get_id (g_ptr_array_index (fixture.themes, i)),
        .sort = OND_CASE_SORT_RECEIVED,
      };
      guint n = check_query (&q);

      g_assert_cmpuint (n, >, 0);
      total += n;
    }
  /* The rest has no theme. */
  g_assert_cmpuint (total, <, n_visible ());
}

static void
test_filter_source (void)
{
  guint total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (source_codes); i++)
    {
      Query q = { .source = source_codes[i], .sort = OND_CASE_SORT_STATUS, .descending = TRUE };
      guint n = check_query (&q);

      g_assert_cmpuint (n, >, 0);
      total += n;
    }
  g_assert_cmpuint (total, ==, n_visible ());
}

static void
test_filter_year (void)
{
  guint total = 0;

  for (int year = 2019; year <= 2025; year++)
    {
      Query q = { .year = year, .sort = OND_CASE_SORT_THEME };
      guint n = check_query (&q);

      g_assert_cmpuint (n, >, 0);
      total += n;
    }
  g_assert_cmpuint (total, ==, n_visible ());

  /* Years without cases, at both ends. */
  for (int year = 2018; year <= 2026; year += 8)
    {
      Query q = { .year = year, .sort = OND_CASE_SORT_REFERENCE };

      g_assert_cmpuint (check_query (&q), ==, 0);
    }
}

static void
test_filter_combinations (void)
{
  gint64 theme = ond_theme_get_id (g_ptr_array_index (fixture.themes, 0));
  gint64 other_theme = ond_theme_get_id (g_ptr_array_index (fixture.themes, 1));
  const Query queries[] = {
    { .status = "nieuw", .theme_id = theme, .sort = OND_CASE_SORT_RECEIVED },
    { .status = "monitoring", .year = 2023, .sort = OND_CASE_SORT_NEXT_FOLLOW_UP,
      .descending = TRUE },
    { .source = "mma", .year = 2021, .sort = OND_CASE_SORT_LEAD_PARTNER },
    { .source = "politie", .theme_id = other_theme, .status = "toegewezen",
      .sort = OND_CASE_SORT_SOURCE },
    { .search = "jansen", .status = "gesloten", .sort = OND_CASE_SORT_REFERENCE,
      .descending = TRUE },
    { .search = "melding", .year = 2024, .theme_id = theme,
      .sort = OND_CASE_SORT_THEME, .descending = TRUE },
    { .search = "voorstraat", .source = "c3", .sort = OND_CASE_SORT_STATUS },
    { .search = "garagebox", .status = "interventie", .source = "eigen", .theme_id = theme,
      .year = 2020, .sort = OND_CASE_SORT_RECEIVED },
    /* Nothing matches both: an empty list. */
    { .search = "crème", .status = "nieuw", .source = "mma", .theme_id = other_theme,
      .year = 2019, .sort = OND_CASE_SORT_RECEIVED },
  };
  guint non_empty = 0;

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    non_empty += check_query (&queries[i]) > 0;
  g_assert_cmpuint (non_empty, >=, 5);

  /* Each again in the default order, both ways: a search then filters in memory. */
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    for (guint d = 0; d < 2; d++)
      {
        Query q = queries[i];

        q.sort = OND_CASE_SORT_RECEIVED;
        q.descending = d;
        check_query (&q);
      }
}

static guint
search_count (const char *text)
{
  Query q = { .search = text, .sort = OND_CASE_SORT_REFERENCE };

  return check_query (&q);
}

/* Whether the list for @text holds the case with subject @subject. */
static gboolean
search_finds (const char *text,
              const char *subject)
{
  g_autoptr(OndCaseList) list = ond_case_list_new (fixture.store);
  guint n;

  ond_case_list_set_search (list, text);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndCase) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_str_equal (ond_case_get_subject_name (item), subject))
        return TRUE;
    }
  return FALSE;
}

static void
test_search (void)
{
  Expected *first = g_ptr_array_index (fixture.cases, 0);
  Expected *later = g_ptr_array_index (fixture.cases, 700);
  g_autofree char *year_part = g_strndup (later->reference, 7);

  /* Subject, summary and reference are searched. */
  g_assert_cmpuint (search_count ("jansen"), >, 0);
  g_assert_cmpuint (search_count ("hennepkwekerij"), >, 0);
  g_assert_cmpuint (search_count ("Wijnstraat"), >, 0);
  g_assert_cmpuint (search_count (first->reference), ==, 1);
  g_assert_true (search_finds (first->reference, first->subject));
  g_assert_cmpuint (search_count (later->reference), ==, 1);
  g_assert_cmpuint (search_count (year_part), >, 1);
  /* Not the address: it is not in the search text. */
  g_assert_cmpuint (search_count ("Voorstraat 3999"), ==, 0);
  g_assert_cmpuint (search_count ("bestaat-niet"), ==, 0);
  /* Blank is everything. */
  g_assert_cmpuint (search_count ("   "), ==, n_visible ());
  g_assert_cmpuint (search_count (""), ==, n_visible ());
}

static void
test_search_folding (void)
{
  guint creme = search_count ("creme");

  /* Case and accents do not matter, either way round. */
  g_assert_true (search_finds ("creme", "Crème Brûlée B.V."));
  g_assert_true (search_finds ("creme", "CREME de la Crème"));
  g_assert_true (search_finds ("CRÈME", "Crème Brûlée B.V."));
  g_assert_true (search_finds ("brulee", "Crème Brûlée B.V."));
  g_assert_cmpuint (search_count ("Crème"), ==, creme);
  g_assert_cmpuint (search_count ("CREME"), ==, creme);
  g_assert_cmpuint (creme, >, 2);
  g_assert_true (search_finds ("ozturk", "Öztürk Import"));
  g_assert_true (search_finds ("zoe", "Zoë van Dijk"));
  g_assert_cmpuint (search_count ("geexploiteerd"), >, 0);
  g_assert_cmpuint (search_count ("geexploiteerd"), ==, search_count ("GEËXPLOITEERD"));
  /* Extra white space does not matter; every word must be found, in any order. */
  g_assert_true (search_finds ("  brûlée   crème ", "Crème Brûlée B.V."));
  g_assert_false (search_finds ("crème bakkerij", "Crème Brûlée B.V."));
}

static void
test_search_literal (void)
{
  /* LIKE's wildcards in the search text are plain characters. */
  g_assert_true (search_finds ("100%", "Kapsalon 100% Haar"));
  g_assert_false (search_finds ("100%", "Bakkerij 1000 Broden"));
  g_assert_cmpuint (search_count ("100%"), ==, 1);
  g_assert_cmpuint (search_count ("%"), ==, 1);
  g_assert_true (search_finds ("a_b", "Garage A_B"));
  g_assert_false (search_finds ("a_b", "Garage AXB"));
  g_assert_cmpuint (search_count ("a_b"), ==, 1);
  g_assert_cmpuint (search_count ("_"), ==, 1);
  g_assert_cmpuint (search_count ("garage a_"), ==, 1);
  /* The escape character itself. */
  g_assert_true (search_finds ("k\\s", "Back\\slash Holding"));
  g_assert_cmpuint (search_count ("\\"), ==, 1);
  g_assert_cmpuint (search_count ("\\%"), ==, 0);
  g_assert_cmpuint (search_count ("%%"), ==, 0);
}

static void
test_deleted_hidden (void)
{
  Query q = { .sort = OND_CASE_SORT_REFERENCE };
  g_autoptr(OndCaseList) list = list_new (&q);
  g_autoptr(GArray) ids = list_ids (G_LIST_MODEL (list));
  guint deleted = 0;

  for (guint i = 0; i < fixture.cases->len; i++)
    {
      Expected *e = g_ptr_array_index (fixture.cases, i);
      gboolean listed = FALSE;

      for (guint j = 0; j < ids->len && !listed; j++)
        listed = g_array_index (ids, gint64, j) == e->id;
      g_assert_cmpint (listed, ==, !e->deleted);
      deleted += e->deleted;
    }
  g_assert_cmpuint (deleted, >, 10);

  /* Also when the search, filter or order would pick them out. */
  for (guint i = 0; i < fixture.cases->len; i++)
    {
      Expected *e = g_ptr_array_index (fixture.cases, i);

      if (e->deleted)
        {
          Query by_reference = { .search = e->reference, .year = atoi (e->date),
                                 .sort = OND_CASE_SORT_NEXT_FOLLOW_UP };

          g_assert_cmpuint (check_query (&by_reference), ==, 0);
        }
    }
}

typedef struct
{
  guint emissions;
  guint position;
  guint removed;
  guint added;
} Changes;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Changes    *changes)
{
  changes->emissions++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
  /* The model is already in its new state. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, added);
}

static void
expect_change (Changes *changes,
               guint    removed,
               guint    added)
{
  g_assert_cmpuint (changes->emissions, ==, 1);
  g_assert_cmpuint (changes->position, ==, 0);
  g_assert_cmpuint (changes->removed, ==, removed);
  g_assert_cmpuint (changes->added, ==, added);
  memset (changes, 0, sizeof *changes);
}

static void
test_items_changed (void)
{
  g_autoptr(OndCaseList) list = ond_case_list_new (fixture.store);
  GListModel *model = G_LIST_MODEL (list);
  Changes changes = { 0 };
  Query nieuw = { .status = "nieuw" };
  Query nieuw_2022 = { .status = "nieuw", .year = 2022 };
  Query creme = { .search = "crème", .status = "nieuw", .year = 2022 };
  g_autoptr(GArray) n_nieuw = expected_ids (&nieuw);
  g_autoptr(GArray) n_nieuw_2022 = expected_ids (&nieuw_2022);
  g_autoptr(GArray) n_creme = expected_ids (&creme);
  guint all = n_visible ();

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);

  ond_case_list_set_status (list, "nieuw");
  expect_change (&changes, all, n_nieuw->len);
  ond_case_list_set_year (list, 2022);
  expect_change (&changes, n_nieuw->len, n_nieuw_2022->len);
  ond_case_list_set_search (list, "crème");
  expect_change (&changes, n_nieuw_2022->len, n_creme->len);

  /* The same value again, or a search that folds the same, changes nothing. */
  ond_case_list_set_status (list, "nieuw");
  ond_case_list_set_year (list, 2022);
  ond_case_list_set_search (list, "  CREME ");
  ond_case_list_set_theme (list, 0);
  ond_case_list_set_source (list, NULL);
  ond_case_list_set_source (list, "");
  g_assert_cmpuint (changes.emissions, ==, 0);

  ond_case_list_set_search (list, NULL);
  expect_change (&changes, n_creme->len, n_nieuw_2022->len);
  ond_case_list_set_sort (list, OND_CASE_SORT_THEME, FALSE);
  expect_change (&changes, n_nieuw_2022->len, n_nieuw_2022->len);
  ond_case_list_set_sort (list, OND_CASE_SORT_THEME, FALSE);
  g_assert_cmpuint (changes.emissions, ==, 0);
  ond_case_list_set_sort (list, OND_CASE_SORT_THEME, TRUE);
  expect_change (&changes, n_nieuw_2022->len, n_nieuw_2022->len);

  ond_case_list_set_status (list, NULL);
  ond_case_list_set_year (list, 0);
  g_assert_cmpuint (changes.emissions, ==, 2);
  g_assert_cmpuint (changes.added, ==, all);
  memset (&changes, 0, sizeof changes);

  /* From nothing to nothing there is nothing to tell. */
  ond_case_list_set_year (list, 2030);
  expect_change (&changes, all, 0);
  ond_case_list_set_status (list, "gesloten");
  g_assert_cmpuint (changes.emissions, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  ond_case_list_set_status (list, NULL);
  ond_case_list_set_year (list, 0);
  expect_change (&changes, 0, all);

  ond_case_list_reload (list);
  expect_change (&changes, all, all);
}

static void
test_beyond_end (void)
{
  g_autoptr(OndCaseList) list = ond_case_list_new (fixture.store);
  GListModel *model = G_LIST_MODEL (list);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(OndCase) last = g_list_model_get_item (model, n - 1);

  g_assert_nonnull (last);
  g_assert_null (g_list_model_get_item (model, n));
  g_assert_null (g_list_model_get_item (model, n + 1000));
  g_assert_null (g_list_model_get_item (model, G_MAXUINT));

  ond_case_list_set_year (list, 2030);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_null (g_list_model_get_item (model, 0));
}

static void
test_page_cache (void)
{
  Query q = { .sort = OND_CASE_SORT_LEAD_PARTNER, .descending = TRUE };
  g_autoptr(OndCaseList) list = list_new (&q);
  g_autoptr(GArray) want = expected_ids (&q);
  GListModel *model = G_LIST_MODEL (list);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  /* Jumping around over more pages than the cache keeps, back and forth over page
   * boundaries, always gives the row of that position. */
  g_assert_cmpuint (want->len, >, 1000);
  for (guint i = 0; i < 400; i++)
    {
      guint position = (i % 3 == 0) ? (guint) g_rand_int_range (rand, 0, (int) want->len)
                                    : (i * 199) % want->len;
      g_autoptr(OndCase) item = g_list_model_get_item (model, position);

      g_assert_nonnull (item);
      g_assert_cmpint (ond_case_get_id (item), ==, g_array_index (want, gint64, position));
    }
}

static Expected *
find_expected (gint64 id)
{
  for (guint i = 0; i < fixture.cases->len; i++)
    {
      Expected *e = g_ptr_array_index (fixture.cases, i);

      if (e->id == id)
        return e;
    }
  g_assert_not_reached ();
}

static void
test_rows (void)
{
  g_autoptr(OndCaseList) list = ond_case_list_new (fixture.store);
  GListModel *model = G_LIST_MODEL (list);
  guint n = g_list_model_get_n_items (model);

  /* The rows carry what the columns show. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndCase) item = g_list_model_get_item (model, i);
      Expected *e = find_expected (ond_case_get_id (item));

      g_assert_cmpstr (ond_case_get_reference (item), ==, e->reference);
      g_assert_cmpstr (ond_case_get_date_received (item), ==, e->date);
      g_assert_cmpstr (ond_case_get_source (item), ==, e->source);
      g_assert_cmpstr (ond_case_get_source_label (item), ==, source_label (e->source));
      g_assert_cmpint (ond_case_get_theme_id (item), ==, e->theme_id);
      g_assert_cmpstr (ond_case_get_theme_name (item), ==, e->theme_name);
      g_assert_cmpstr (ond_case_get_subject_name (item), ==, e->subject);
      g_assert_cmpstr (ond_case_get_summary (item), ==, e->summary);
      g_assert_cmpstr (ond_case_get_status (item), ==, status_codes[e->status]);
      g_assert_cmpint (ond_case_get_status_enum (item), ==, e->status);
      g_assert_cmpstr (ond_case_get_lead_partner_name (item), ==, e->lead_partner);
      g_assert_cmpstr (ond_case_get_follow_up_date (item), ==, e->follow_up);
      g_assert_cmpstr (ond_case_get_next_follow_up (item), ==, next_follow_up (e));
    }
}

static void
test_reload (void)
{
  g_autoptr(OndCaseList) list = ond_case_list_new (fixture.store);
  g_autoptr(OndCaseList) filtered = ond_case_list_new (fixture.store);
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);
  GListModel *model = G_LIST_MODEL (list);
  Changes changes = { 0 };
  guint before = g_list_model_get_n_items (model);
  Expected *e;
  Expected *gone;
  Query q = { .sort = OND_CASE_SORT_RECEIVED, .descending = TRUE };

  ond_case_list_set_search (filtered, "hennepkwekerij");
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);

  /* A new case shows after a reload, in its place. */
  e = create_case (rand, G_MAXUINT);
  g_ptr_array_add (fixture.cases, e);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, before);
  ond_case_list_reload (list);
  expect_change (&changes, before, before + 1);
  {
    g_autoptr(GArray) want = expected_ids (&q);
    g_autoptr(GArray) got = list_ids (model);

    assert_same_ids (got, want);
  }

  /* A case deleted now goes at the next reload. */
  gone = g_ptr_array_index (fixture.cases, G_N_ELEMENTS (special_subjects) + 1);
  g_assert_false (gone->deleted);
  delete_case (gone);
  ond_case_list_reload (list);
  expect_change (&changes, before + 1, before);
  check_query (&q);

  /* An edit to a case: a list with a search follows it after a reload. */
  {
    g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
    g_autoptr(GError) error = NULL;
    Expected *edited = NULL;
    Query search = { .search = "hennepkwekerij", .sort = OND_CASE_SORT_RECEIVED,
                     .descending = TRUE };
    g_autoptr(GArray) want = NULL;
    g_autoptr(GArray) got = NULL;

    for (guint i = G_N_ELEMENTS (special_subjects); edited == NULL; i++)
      {
        Expected *candidate = g_ptr_array_index (fixture.cases, i);

        if (!candidate->deleted && !matches_search (candidate, "hennepkwekerij"))
          edited = candidate;
      }
    g_free (edited->summary);
    edited->summary = g_strdup ("Nieuwe melding: hennepkwekerij op zolder");
    draft->date_received = g_strdup (edited->date);
    draft->source = g_strdup (edited->source);
    draft->theme_id = edited->theme_id;
    draft->subject_kind = g_strdup ("persoon");
    draft->subject_name = g_strdup (edited->subject);
    draft->summary = g_strdup (edited->summary);
    g_assert_true (ond_store_update_case (fixture.store, edited->id, draft, fixture.today,
                                          &error));
    g_assert_no_error (error);

    ond_case_list_reload (filtered);
    want = expected_ids (&search);
    got = list_ids (G_LIST_MODEL (filtered));
    assert_same_ids (got, want);
    g_assert_true (search_finds ("hennepkwekerij zolder", edited->subject));
  }
}

static void
test_missing_row (void)
{
  Query q = { .sort = OND_CASE_SORT_RECEIVED, .descending = TRUE };
  g_autoptr(GArray) before = expected_ids (&q);
  g_autoptr(OndCaseList) list = ond_case_list_new (fixture.store);
  GListModel *model = G_LIST_MODEL (list);
  Expected *e = NULL;
  guint position = 0;
  g_autoptr(OndCase) item = NULL;
  g_autoptr(GError) error = NULL;
  Changes changes = { 0 };

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, before->len);
  /* The newest case that is not one of those the search tests look for. */
  for (position = 0; e == NULL; position++)
    {
      Expected *candidate = find_expected (g_array_index (before, gint64, position));

      gboolean special = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (special_subjects); i++)
        special |= g_str_equal (special_subjects[i], candidate->subject);
      if (!special)
        e = candidate;
    }
  position--;

  /* A case deleted after the list was made, before its row was read: the list does not
   * hand it out, and lists itself again once the main loop runs. */
  g_assert_true (ond_store_delete_case (fixture.store, e->id, &error));
  g_assert_no_error (error);
  e->deleted = TRUE;
  item = g_list_model_get_item (model, position);
  g_assert_null (item);
  g_assert_cmpuint (changes.emissions, ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  expect_change (&changes, before->len, before->len - 1);
  {
    g_autoptr(GArray) want = expected_ids (&q);
    g_autoptr(GArray) got = list_ids (model);

    assert_same_ids (got, want);
  }
}

static void
update_action (Expected   *e,
               Action     *action,
               const char *follow_up,
               const char *status)
{
  g_autoptr(GError) error = NULL;
  char *follow_up_copy;

  g_assert_true (ond_store_update_case_intervention (fixture.store, action->id,
                                                     action->partner_id, NULL, follow_up,
                                                     status, NULL, &error));
  g_assert_no_error (error);
  /* @follow_up may be the action's own string: copy before freeing. */
  follow_up_copy = g_strdup (follow_up);
  g_free (action->follow_up);
  action->follow_up = follow_up_copy;
  action->status = status;
}

/* A visible case with an open intervention that has a follow-up date. */
static Expected *
find_open_action (Action   **found,
                  Expected  *other_than)
{
  for (guint i = 0; i < fixture.cases->len; i++)
    {
      Expected *e = g_ptr_array_index (fixture.cases, i);

      if (e->deleted || e == other_than)
        continue;
      for (guint j = 0; j < e->actions->len; j++)
        {
          Action *action = g_ptr_array_index (e->actions, j);

          if (action->follow_up != NULL && g_str_equal (action->status, "lopend"))
            {
              *found = action;
              return e;
            }
        }
    }
  g_assert_not_reached ();
}

static void
test_next_follow_up_changes (void)
{
  Query up = { .sort = OND_CASE_SORT_NEXT_FOLLOW_UP };
  Query down = { .sort = OND_CASE_SORT_NEXT_FOLLOW_UP, .descending = TRUE };
  g_autoptr(OndCaseList) list = list_new (&up);
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) first = NULL;
  Action *action = NULL;
  Action *other_action = NULL;
  Expected *e = find_open_action (&action, NULL);
  Expected *other = find_open_action (&other_action, e);
  Expected *own = NULL;

  /* The order follows the interventions: one done no longer counts, one with an earlier date
   * comes first, one deleted with its case no longer counts at all. */
  update_action (e, action, action->follow_up, "gereed");
  update_action (other, other_action, "2018-02-03", "gepland");
  check_query (&up);
  check_query (&down);
  ond_case_list_reload (list);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (ond_case_get_id (first), ==, other->id);
  g_assert_cmpstr (ond_case_get_next_follow_up (first), ==, "2018-02-03");

  /* And the case's own date, set and cleared. */
  for (guint i = 0; own == NULL; i++)
    {
      Expected *candidate = g_ptr_array_index (fixture.cases, i);

      if (!candidate->deleted && candidate->follow_up != NULL &&
          ond_case_status_is_open (candidate->status))
        own = candidate;
    }
  g_assert_true (ond_store_set_case_follow_up (fixture.store, own->id, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&own->follow_up, g_free);
  check_query (&up);
  g_assert_true (ond_store_set_case_follow_up (fixture.store, own->id, "2017-06-01", &error));
  g_assert_no_error (error);
  own->follow_up = g_strdup ("2017-06-01");
  check_query (&up);
  check_query (&down);

  /* Purging the deleted cases (and their interventions) leaves the rest as it was. */
  g_assert_true (ond_store_purge_deleted_cases (fixture.store, &error));
  g_assert_no_error (error);
  check_query (&up);
  check_query (&down);
}

static void
test_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ond_test_make_dir ("test-case-list-error");
  g_autofree char *path = ond_test_db_new (dir, "closed.db");
  g_autoptr(OndStore) store = ond_store_open (path, &error);
  g_autoptr(OndCaseList) list = NULL;
  Changes changes = { 0 };

  g_assert_no_error (error);
  list = ond_case_list_new (store);
  g_assert_null (ond_case_list_get_error (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  /* A query that fails leaves an empty list and says why. */
  ond_store_close (store);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  ond_case_list_reload (list);
  g_assert_nonnull (ond_case_list_get_error (list));
  g_assert_true (g_error_matches (ond_case_list_get_error (list), OND_STORE_ERROR,
                                  OND_STORE_ERROR_FAILED));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));
  g_assert_cmpuint (changes.emissions, ==, 0);

  g_clear_object (&list);
  g_clear_object (&store);
  ond_test_db_drop (path);
  ond_test_remove_tree (dir);
}

/* The search is matched in memory: a case registered, then hidden, by another connection
 * (a headless import) shows and goes at the next reload, in every order and with a filter as
 * without; and the search in the default order, both ways, matches the expectation. Last:
 * it leaves a hidden case behind. */
static void
test_search_other_connection (void)
{
  static const OndCaseSort sorts[] = { OND_CASE_SORT_RECEIVED, OND_CASE_SORT_THEME,
                                       OND_CASE_SORT_REFERENCE };
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = ond_store_open (ond_store_get_path (fixture.store), &error);
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  g_autoptr(GDateTime) today = g_date_time_new_local (2025, 6, 1, 12, 0, 0);
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 id;

  for (guint d = 0; d < 2; d++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        Query q = { .search = words[i], .sort = OND_CASE_SORT_RECEIVED, .descending = d };

        check_query (&q);
      }

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    for (guint d = 0; d < 2; d++)
      {
        OndCaseList *list = ond_case_list_new (fixture.store);

        ond_case_list_set_sort (list, sorts[i], d);
        ond_case_list_set_search (list, "zwanenburgwal");
        if (i == 1)
          ond_case_list_set_source (list, "politie");
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
        g_ptr_array_add (lists, list);
      }

  draft->date_received = g_strdup ("2025-05-02");
  draft->source = g_strdup ("politie");
  draft->subject_kind = g_strdup ("persoon");
  draft->subject_name = g_strdup ("Bram Zwanenburgwal");
  draft->summary = g_strdup ("Melding over een loods");
  id = ond_store_create_case (other, draft, today, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < lists->len; i++)
    {
      ond_case_list_reload (g_ptr_array_index (lists, i));
      g_assert_cmpuint (g_list_model_get_n_items (g_ptr_array_index (lists, i)), ==, 1);
    }

  g_assert_true (ond_store_delete_case (other, id, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < lists->len; i++)
    {
      ond_case_list_reload (g_ptr_array_index (lists, i));
      g_assert_cmpuint (g_list_model_get_n_items (g_ptr_array_index (lists, i)), ==, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  fixture_set_up ();

  g_test_add_func ("/ond/case-list/all", test_all);
  g_test_add_func ("/ond/case-list/sort", test_sort);
  g_test_add_func ("/ond/case-list/sort/reverses", test_sort_reverses);
  g_test_add_func ("/ond/case-list/sort/values", test_sort_values);
  g_test_add_func ("/ond/case-list/filter/status", test_filter_status);
  g_test_add_func ("/ond/case-list/filter/theme", test_filter_theme);
  g_test_add_func ("/ond/case-list/filter/source", test_filter_source);
  g_test_add_func ("/ond/case-list/filter/year", test_filter_year);
  g_test_add_func ("/ond/case-list/filter/combinations", test_filter_combinations);
  g_test_add_func ("/ond/case-list/search", test_search);
  g_test_add_func ("/ond/case-list/search/folding", test_search_folding);
  g_test_add_func ("/ond/case-list/search/literal", test_search_literal);
  g_test_add_func ("/ond/case-list/deleted", test_deleted_hidden);
  g_test_add_func ("/ond/case-list/items-changed", test_items_changed);
  g_test_add_func ("/ond/case-list/beyond-end", test_beyond_end);
  g_test_add_func ("/ond/case-list/page-cache", test_page_cache);
  g_test_add_func ("/ond/case-list/rows", test_rows);
  /* These change the store (and what the test expects). */
  g_test_add_func ("/ond/case-list/reload", test_reload);
  g_test_add_func ("/ond/case-list/missing-row", test_missing_row);
  g_test_add_func ("/ond/case-list/next-follow-up", test_next_follow_up_changes);
  g_test_add_func ("/ond/case-list/error", test_error);
  g_test_add_func ("/ond/case-list/search/other-connection", test_search_other_connection);

  status = g_test_run ();
  fixture_tear_down ();
  return status;
}
