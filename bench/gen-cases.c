/* gen-cases.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writes a realistic database of many cases for the case-list benchmark:
 *
 *   gen-cases [--cases N] [--seed S] OUT.db
 *
 * A new, seeded database is created at OUT.db (an existing one is replaced). The cases are
 * registered through the store in one transaction, in order of the date received, with
 * Dutch names, addresses and summaries made from word lists, and spread over the years with
 * more signals in recent years. References are YYYY-NNNN (at most 9,999 a year), so 100,000
 * cases need thirteen years: they are spread over 2014 up to today. Then each case goes
 * through the workflow as far as its age makes likely, with the store's own calls: old cases
 * are mostly closed or dropped, recent ones still open, with interventions from the
 * menukaart and follow-up dates (some of them overdue).
 *
 * Made-up data only: every name is drawn at random from the lists below.
 */

#define G_LOG_DOMAIN "gen-cases"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "ond-area.h"
#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-plan.h"
#include "ond-store-cases.h"
#include "ond-store-private.h"
#include "ond-theme.h"

#define FIRST_YEAR 2014
#define MAX_PER_YEAR 9500

static const char * const first_names[] = {
  "Jan", "Piet", "Kees", "Willem", "Johan", "Henk", "Gerrit", "Sander", "Mark", "Dennis",
  "Kevin", "Thomas", "Daan", "Bram", "Joost", "Ruben", "Mohamed", "Ahmed", "Youssef", "Ali",
  "Emre", "Mehmet", "Burak", "Ricardo", "Dylan", "Rachid", "Bilal", "Tomasz", "Marek",
  "Anna", "Maria", "Sanne", "Lisa", "Eva", "Fleur", "Iris", "Noor", "Fatima", "Samira",
  "Yasmina", "Elif", "Zeynep", "Sofia", "Daphne", "Chantal", "Priscilla", "Joyce", "Marieke",
  "Ingrid", "Wilma", "Zoë", "Chloë", "Anouk", "Femke", "Lotte", "Agnieszka", "Ioana",
};

static const char * const surnames[] = {
  "Jansen", "de Jong", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
  "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
  "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
  "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
  "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van der Heijden",
  "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas",
  "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "de Jonge",
  "Kuipers", "van Veen", "Post", "Kramer", "van den Brink", "Scholten", "van Wijk",
  "Martens", "Vink", "de Ruiter", "Timmermans", "Groen", "Gerritsen", "Jonker", "van Loon",
  "van der Velde", "Smeets", "de Lange", "Bosch", "van Dongen", "Schipper", "de Koning",
  "van der Laan", "Driessen", "van Doorn", "Hermans", "Evers", "van der Meulen", "Hofman",
  "Bosman", "Wolters", "Sanders", "van der Horst", "Yılmaz", "Kaya", "Demir", "Şahin",
  "Çelik", "Öztürk", "El Amrani", "Bouzid", "El Idrissi", "Benali", "Haddou", "Martina",
  "Rosario", "Pinas", "Nowak", "Kowalski", "Wiśniewski", "Popescu", "Ionescu",
};

static const char * const business_kinds[] = {
  "Autobedrijf", "Autopoetsbedrijf", "Nagelstudio", "Kapsalon", "Barbershop",
  "Shishalounge", "Belwinkel", "Minimarkt", "Snackbar", "Pizzeria", "Koeriersdienst",
  "Uitzendbureau", "Schoonmaakbedrijf", "Bouwbedrijf", "Klusbedrijf", "Transportbedrijf",
  "Autoverhuur", "Opslagverhuur", "Telefoonwinkel", "Wassalon", "Massagesalon", "Café",
  "Cafetaria", "Goudhandel", "Juwelier", "Bloemenhandel", "Sportschool", "Tattooshop",
};

static const char * const business_suffixes[] = {
  "B.V.", "Holding B.V.", "V.O.F.", "& Zn.", "Vastgoed B.V.", "Trading", "Services",
  "Groep",
};

static const char * const streets[] = {
  "Voorstraat", "Wijnstraat", "Grotekerksbuurt", "Visstraat", "Sarisgang", "Spuiboulevard",
  "Johan de Wittstraat", "Vrieseweg", "Krispijnseweg", "Brouwersdijk",
  "Dubbeldamseweg Zuid", "Dubbeldamseweg Noord", "Zeehavenkade", "Merwedestraat",
  "Baanhoekweg", "Laan der Verenigde Naties", "Oranjelaan", "Sumatraplein",
  "Karel Doormanweg", "Mijlweg", "Zuidendijk", "Oudendijk", "Reeweg Oost", "Reeweg Zuid",
  "Krommedijk", "Noordendijk", "Transvaalstraat", "Singel", "Nieuwe Haven", "Kalkhaven",
  "Wolwevershaven", "Blekersdijk", "Twintighuizen", "Bankastraat", "Patersweg",
  "Admiraal de Ruyterweg", "Colijnstraat", "Thorbeckeweg", "Gravenstraat", "Bleijenhoek",
  "Nassauweg", "Van Oldenbarneveltplein", "Brielselaan", "Wielwijkplein", "Crabbehofweg",
  "Smitsweg", "Dokweg", "Rijksstraatweg", "Groenezoom", "Stadspolderring",
};

static const char * const terrains[] = {
  "bedrijventerrein Dordtse Kil", "bedrijventerrein Amstelwijck", "de Zeehaven",
  "bedrijventerrein Louterbloemen", "de Merwedepolder", "het vakantiepark",
  "de Staart", "bedrijventerrein Krabbegors",
};

/* First sentences of a summary, with {street} (and number), {business} and {terrain}. */
static const char * const openings[] = {
  "Melding van een mogelijke hennepkwekerij in een woning aan de {street}.",
  "Buren melden veel wisselende bezoekers bij een pand aan de {street}, ook 's nachts.",
  "Vermoeden van witwassen via {business} aan de {street}: weinig klanten, veel contant geld.",
  "Signalen van uitbuiting van arbeidsmigranten bij {business}.",
  "Opslag van mogelijk gestolen goederen in een garagebox op {terrain}.",
  "Permanente bewoning op {terrain}; mogelijk opslag van drugs.",
  "Leden van een motorclub gezien bij {business} aan de {street}.",
  "Jongeren worden rond de {street} benaderd als drugskoerier.",
  "Verdachte transacties met dure auto's; de eigenaar heeft geen bekend inkomen.",
  "Mogelijke mensenhandel: vrouwen wonen en werken in een pand aan de {street}.",
  "{business} wisselt vaak van eigenaar en staat op naam van een katvanger.",
  "Drugshandel vanuit een woning aan de {street}, veel kortdurend bezoek.",
  "Bedrijfsverzamelgebouw op {terrain} wordt 's nachts gebruikt, ramen afgeplakt.",
  "Stroomverbruik van een pand aan de {street} is opvallend hoog.",
  "Malafide uitzendbureau huisvest werknemers in overvolle woning aan de {street}.",
  "Vermoeden van onvergunde prostitutie in {business}.",
  "Mogelijke fraude met uitkeringen: adres aan de {street} met veel ingeschreven personen.",
  "Schip aan de kade bij {terrain} wordt gebruikt voor opslag; veel verkeer 's avonds.",
};

static const char * const details[] = {
  "Anonieme melder noemt een zwarte bestelbus met Pools kenteken.",
  "Eerder bekend bij de politie.",
  "Wijkagent herkent het beeld.",
  "Pand staat op naam van een B.V. zonder personeel.",
  "Melder heeft geur van hennep geroken in het trappenhuis.",
  "Veel contante betalingen, geen pinautomaat.",
  "Er zijn foto's meegestuurd.",
  "Melding is doorgezet naar het RIEC.",
  "Huurder betaalt de huur een jaar vooruit.",
  "Relatie met eerdere casus in Dordt-West.",
  "Ramen zijn afgeplakt en er staat een ventilator op het dak.",
  "Bezoekers blijven maar enkele minuten.",
  "Eigenaar rijdt in een dure auto zonder bekend inkomen.",
  "Geen vergunning bekend bij de gemeente.",
  "Toezichthouder constateerde brandonveilige situatie.",
  "Melding via Meld Misdaad Anoniem, geen terugkoppeling mogelijk.",
};

typedef struct
{
  const char *code;
  int         weight;
} Weighted;

static const Weighted sources[] = {
  { "mma", 20 }, { "politie", 20 }, { "eigen", 15 }, { "professional", 12 }, { "c3", 10 },
  { "inwoner", 10 }, { "ondernemer", 5 }, { "riec", 5 }, { "overig", 3 },
};

static const Weighted kinds[] = {
  { "persoon", 50 }, { "onderneming", 35 }, { "pand", 15 },
};

/* Where a case ends up, by its age (the workflow's own statuses). */
typedef enum
{
  END_NEW,
  END_RESEARCH,
  END_DROPPED,
  END_ASSIGNED,
  END_INTERVENTION,
  END_MONITORING,
  END_CLOSED,
  N_ENDS,
} End;

static const int ends_old[N_ENDS] = { 0, 1, 30, 2, 4, 8, 55 };
static const int ends_year[N_ENDS] = { 5, 5, 20, 10, 15, 20, 25 };
static const int ends_recent[N_ENDS] = { 40, 15, 15, 15, 10, 5, 0 };

typedef struct
{
  OndStore   *store;
  GRand      *rand;
  GDateTime  *today;
  GDate       today_date;
  GPtrArray  *themes;
  GPtrArray  *areas;
  GPtrArray  *partners;
  GPtrArray  *interventions;
  gint64      riec_id;
} Gen;

static const char *
pick (GRand              *rand,
      const char * const *list,
      guint               n)
{
  return list[g_rand_int_range (rand, 0, (int) n)];
}

#define PICK(rand, list) pick ((rand), (list), G_N_ELEMENTS (list))

static gpointer
pick_object (GRand     *rand,
             GPtrArray *objects)
{
  return g_ptr_array_index (objects, g_rand_int_range (rand, 0, (int) objects->len));
}

static const char *
pick_weighted (GRand          *rand,
               const Weighted *list,
               guint           n)
{
  int total = 0;
  int r;

  for (guint i = 0; i < n; i++)
    total += list[i].weight;
  r = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < list[i].weight)
        return list[i].code;
      r -= list[i].weight;
    }
  g_assert_not_reached ();
}

static End
pick_end (GRand     *rand,
          const int  weights[N_ENDS])
{
  int total = 0;
  int r;

  for (int i = 0; i < N_ENDS; i++)
    total += weights[i];
  r = g_rand_int_range (rand, 0, total);
  for (int i = 0; i < N_ENDS; i++)
    {
      if (r < weights[i])
        return (End) i;
      r -= weights[i];
    }
  g_assert_not_reached ();
}

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* @days after today (negative: before). */
static char *
date_from_today (Gen *gen,
                 int  days)
{
  GDate date = gen->today_date;

  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);
  return iso_date (&date);
}

static char *
make_person (GRand *rand)
{
  return g_strdup_printf ("%s %s", PICK (rand, first_names), PICK (rand, surnames));
}

static char *
make_business (GRand *rand)
{
  if (g_rand_boolean (rand))
    return g_strdup_printf ("%s %s", PICK (rand, business_kinds), PICK (rand, surnames));
  return g_strdup_printf ("%s %s", PICK (rand, surnames), PICK (rand, business_suffixes));
}

static char *
make_address (GRand *rand)
{
  return g_strdup_printf ("%s %d%s", PICK (rand, streets), g_rand_int_range (rand, 1, 320),
                          g_rand_int_range (rand, 0, 6) == 0 ? "a" : "");
}

static char *
make_summary (GRand      *rand,
              const char *address,
              const char *business)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int n_details = g_rand_int_range (rand, 0, 3);

  g_string_append (text, PICK (rand, openings));
  g_string_replace (text, "{street}", address, 0);
  g_string_replace (text, "{business}", business, 0);
  g_string_replace (text, "{terrain}", PICK (rand, terrains), 0);
  for (int i = 0; i < n_details; i++)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, PICK (rand, details));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static OndCaseDraft *
make_draft (Gen        *gen,
            const char *date)
{
  OndCaseDraft *draft = ond_case_draft_new ();
  GRand *rand = gen->rand;
  g_autofree char *business = make_business (rand);
  const char *kind = pick_weighted (rand, kinds, G_N_ELEMENTS (kinds));
  int year = atoi (date);

  draft->date_received = g_strdup (date);
  draft->source = g_strdup (pick_weighted (rand, sources, G_N_ELEMENTS (sources)));
  if (g_rand_int_range (rand, 0, 10) > 0)
    draft->theme_id = ond_theme_get_id (pick_object (rand, gen->themes));
  if (g_rand_int_range (rand, 0, 4) > 0)
    draft->area_id = ond_area_get_id (pick_object (rand, gen->areas));
  draft->subject_kind = g_strdup (kind);
  draft->address = make_address (rand);
  if (g_str_equal (kind, "persoon"))
    draft->subject_name = make_person (rand);
  else if (g_str_equal (kind, "onderneming"))
    draft->subject_name = g_strdup (business);
  else
    draft->subject_name = g_strdup_printf ("Pand %s", draft->address);
  draft->summary = make_summary (rand, draft->address, business);

  draft->mma_number = g_str_equal (draft->source, "mma")
    ? g_strdup_printf ("MMA-%d-%05d", year, g_rand_int_range (rand, 1, 99999))
    : g_strdup ("");
  draft->police_number = g_str_equal (draft->source, "politie")
    ? g_strdup_printf ("PL1800-%d%06d", year, g_rand_int_range (rand, 1, 999999))
    : g_strdup ("");
  draft->riec_number = g_str_equal (draft->source, "riec")
    ? g_strdup_printf ("RIEC-ZHZ-%d-%03d", year, g_rand_int_range (rand, 1, 999))
    : g_strdup ("");
  draft->zaaknummer = g_rand_int_range (rand, 0, 5) == 0
    ? g_strdup_printf ("Z/%02d/%06d", year % 100, g_rand_int_range (rand, 1, 999999))
    : g_strdup ("");
  return draft;
}

/* How many cases each year gets: more in recent years, the running year pro rata, never
 * more than MAX_PER_YEAR. */
static void
spread_over_years (Gen   *gen,
                   guint  n_cases,
                   guint *per_year,
                   int    n_years)
{
  double weights[64];
  double total = 0;
  guint assigned = 0;

  g_assert (n_years <= (int) G_N_ELEMENTS (weights));
  for (int i = 0; i < n_years; i++)
    {
      weights[i] = 1.0 + 0.12 * i;
      if (i == n_years - 1)
        weights[i] *= g_date_get_day_of_year (&gen->today_date) / 366.0;
      total += weights[i];
    }
  for (int i = 0; i < n_years; i++)
    {
      per_year[i] = MIN ((guint) (n_cases * weights[i] / total), MAX_PER_YEAR);
      assigned += per_year[i];
    }
  /* What rounding and the cap left over goes to the years with room, newest first. */
  while (assigned < n_cases)
    {
      gboolean room = FALSE;

      for (int i = n_years - 1; i >= 0 && assigned < n_cases; i--)
        {
          if (per_year[i] < MAX_PER_YEAR)
            {
              per_year[i]++;
              assigned++;
              room = TRUE;
            }
        }
      if (!room)
        g_error ("%u cases do not fit in %d years of %d", n_cases, n_years, MAX_PER_YEAR);
    }
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return g_date_compare (a, b);
}

static GArray *
make_dates (Gen   *gen,
            guint  n_cases)
{
  int last_year = g_date_get_year (&gen->today_date);
  int n_years = last_year - FIRST_YEAR + 1;
  g_autofree guint *per_year = g_new0 (guint, n_years);
  GArray *dates = g_array_sized_new (FALSE, FALSE, sizeof (GDate), n_cases);

  spread_over_years (gen, n_cases, per_year, n_years);
  for (int i = 0; i < n_years; i++)
    {
      int year = FIRST_YEAR + i;
      guint days = year == last_year ? g_date_get_day_of_year (&gen->today_date)
                                     : g_date_is_leap_year ((GDateYear) year) ? 366 : 365;

      for (guint j = 0; j < per_year[i]; j++)
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, 1, G_DATE_JANUARY, year);
          g_date_add_days (&date, (guint) g_rand_int_range (gen->rand, 0, (int) days));
          g_array_append_val (dates, date);
        }
    }
  g_array_sort (dates, compare_dates);
  return dates;
}

static void
check (gboolean  ok,
       GError   *error,
       const char *what)
{
  if (!ok)
    g_error ("%s: %s", what, error != NULL ? error->message : "failed");
}

static gint64
pick_lead (Gen *gen)
{
  /* Gemeente, Politie, OZHZ and SDD carry most cases; any partner may. */
  static const char * const usual[] = { "Gemeente", "Politie", "OZHZ", "SDD", "Handhaving" };
  GRand *rand = gen->rand;

  if (g_rand_int_range (rand, 0, 4) > 0)
    {
      const char *wanted = PICK (rand, usual);

      for (guint i = 0; i < gen->partners->len; i++)
        {
          OndPartner *partner = g_ptr_array_index (gen->partners, i);

          if (g_str_equal (ond_partner_get_short_name (partner), wanted))
            return ond_partner_get_id (partner);
        }
    }
  return ond_partner_get_id (g_ptr_array_index (gen->partners,
                                                g_rand_int_range (rand, 0,
                                                                  (int) gen->partners->len)));
}

static void
add_interventions (Gen      *gen,
                   gint64    case_id,
                   gboolean  open)
{
  static const char * const open_statuses[] = { "gepland", "lopend", "lopend", "gereed" };
  static const char * const done_statuses[] = { "gereed", "gereed", "gereed", "geannuleerd" };
  GRand *rand = gen->rand;
  int n = g_rand_int_range (rand, 1, 4);

  for (int i = 0; i < n; i++)
    {
      OndIntervention *intervention =
        g_ptr_array_index (gen->interventions,
                           g_rand_int_range (rand, 0, (int) gen->interventions->len));
      g_autoptr(GError) error = NULL;
      g_autofree char *planned = date_from_today (gen, g_rand_int_range (rand, -400, 30));
      g_autofree char *follow_up = NULL;
      const gint64 *partner_ids;
      guint n_partners;

      partner_ids = ond_intervention_get_partner_ids (intervention, &n_partners);
      if (open)
        follow_up = date_from_today (gen, g_rand_int_range (rand, -30, 120));
      check (ond_store_add_case_intervention (gen->store, case_id,
                                              ond_intervention_get_id (intervention),
                                              partner_ids[g_rand_int_range (rand, 0,
                                                                            (int) n_partners)],
                                              planned, follow_up,
                                              open ? PICK (rand, open_statuses)
                                                   : PICK (rand, done_statuses),
                                              "", &error) != 0,
             error, "Adding an intervention");
    }
}

static void
move (Gen           *gen,
      gint64         case_id,
      OndCaseStatus  to)
{
  g_autoptr(GError) error = NULL;

  check (ond_store_move_case (gen->store, case_id, to, NULL, &error), error, "A workflow step");
}

static void
progress (Gen         *gen,
          gint64       case_id,
          const GDate *received)
{
  static const char * const complexities[] = { "laag", "midden", "midden", "hoog" };
  GRand *rand = gen->rand;
  g_autoptr(GError) error = NULL;
  int age = g_date_days_between (received, &gen->today_date);
  End end = pick_end (rand, age > 365 ? ends_old : age > 90 ? ends_year : ends_recent);
  const char *complexity = PICK (rand, complexities);

  switch (end)
    {
    case END_NEW:
      return;

    case END_RESEARCH:
      {
        g_autofree char *follow_up = date_from_today (gen, g_rand_int_range (rand, 0, 60));
        g_autofree char *overdue = date_from_today (gen, -g_rand_int_range (rand, 1, 60));

        check (ond_store_weigh_case (gen->store, case_id, complexity, OND_WEIGHING_RESEARCH,
                                     "Eerst nader onderzoek naar betrokkenen", 0, follow_up,
                                     &error),
               error, "Weighing");
        /* Some research is overdue. */
        if (g_rand_int_range (rand, 0, 3) == 0)
          check (ond_store_set_case_follow_up (gen->store, case_id, overdue, &error), error,
                 "Setting a follow-up date");
      }
      return;

    case END_DROPPED:
      check (ond_store_weigh_case (gen->store, case_id, complexity, OND_WEIGHING_DROP,
                                   "Onvoldoende aanwijzingen voor ondermijning", 0, NULL,
                                   &error),
             error, "Weighing");
      return;

    case END_ASSIGNED:
    case END_INTERVENTION:
    case END_MONITORING:
    case END_CLOSED:
      if (g_rand_int_range (rand, 0, 8) == 0)
        check (ond_store_weigh_case (gen->store, case_id, complexity, OND_WEIGHING_RIEC,
                                     "Regionale aanpak via het RIEC", gen->riec_id, NULL,
                                     &error),
               error, "Weighing");
      else
        check (ond_store_weigh_case (gen->store, case_id, complexity, OND_WEIGHING_PARTNER,
                                     "Past bij de taken van de partner", pick_lead (gen), NULL,
                                     &error),
               error, "Weighing");
      break;

    case N_ENDS:
    default:
      g_assert_not_reached ();
    }

  if (end == END_ASSIGNED)
    return;
  move (gen, case_id, OND_CASE_STATUS_INTERVENTION);
  add_interventions (gen, case_id, end != END_CLOSED);
  if (end == END_INTERVENTION)
    return;
  move (gen, case_id, OND_CASE_STATUS_MONITORING);
  if (end == END_MONITORING)
    {
      g_autofree char *follow_up = date_from_today (gen, g_rand_int_range (rand, -20, 90));

      check (ond_store_set_case_follow_up (gen->store, case_id, follow_up, &error), error,
             "Setting a follow-up date");
      return;
    }
  check (ond_store_close_case (gen->store, case_id,
                               g_rand_boolean (rand) ? "effectief" : "deels",
                               "Afgerond na interventies", &error),
         error, "Closing");
}

static GPtrArray *
list_array (GListModel *model,
            gboolean  (*keep) (gpointer))
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert (model != NULL);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      gpointer item = g_list_model_get_item (model, i);

      if (keep == NULL || keep (item))
        g_ptr_array_add (array, item);
      else
        g_object_unref (item);
    }
  g_object_unref (model);
  return array;
}

static gboolean
partner_in_use (gpointer item)
{
  return !ond_partner_get_retired (item);
}

static gboolean
area_in_use (gpointer item)
{
  return !ond_area_get_retired (item);
}

static gboolean
intervention_in_use (gpointer item)
{
  guint n = 0;

  ond_intervention_get_partner_ids (item, &n);
  return !ond_intervention_get_retired (item) && n > 0;
}

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("OUT.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(GArray) dates = NULL;
  g_autoptr(GArray) ids = NULL;
  int n_cases = 100000;
  int seed = 1;
  GOptionEntry entries[] = {
    { "cases", 'n', 0, G_OPTION_ARG_INT, &n_cases, "Number of cases (default 100000)", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Seed of the random numbers (default 1)", "S" },
    { NULL },
  };
  Gen gen = { 0 };
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context, "Writes a realistic database of cases for the "
                                "case-list benchmark (an existing file is replaced).");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (argc != 2 || n_cases < 0)
    {
      g_printerr ("Usage: %s [--cases N] [--seed S] OUT.db\n", g_get_prgname ());
      return 2;
    }

  remove_database (argv[1]);
  start = g_get_monotonic_time ();
  gen.store = ond_store_open (argv[1], &error);
  check (gen.store != NULL, error, "Creating the database");
  gen.rand = g_rand_new_with_seed ((guint32) seed);
  gen.today = g_date_time_new_now_local ();
  g_date_clear (&gen.today_date, 1);
  g_date_set_dmy (&gen.today_date, (GDateDay) g_date_time_get_day_of_month (gen.today),
                  (GDateMonth) g_date_time_get_month (gen.today),
                  (GDateYear) g_date_time_get_year (gen.today));

  plan = ond_store_dup_current_plan (gen.store, &error);
  check (plan != NULL, error, "Reading the plan");
  gen.themes = list_array (ond_store_list_themes (gen.store, ond_plan_get_id (plan), &error),
                           NULL);
  gen.areas = list_array (ond_store_list_areas (gen.store, &error), area_in_use);
  gen.partners = list_array (ond_store_list_partners (gen.store, &error), partner_in_use);
  gen.interventions = list_array (ond_store_list_interventions (gen.store, &error),
                                  intervention_in_use);
  check (error == NULL, error, "Reading the plan");
  for (guint i = 0; i < gen.partners->len; i++)
    {
      OndPartner *partner = g_ptr_array_index (gen.partners, i);

      if (g_str_equal (ond_partner_get_short_name (partner), "RIEC"))
        gen.riec_id = ond_partner_get_id (partner);
    }

  /* The signals, in one transaction, in order of the date received. */
  dates = make_dates (&gen, (guint) n_cases);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), (guint) n_cases);
  check (_ond_store_begin (gen.store, &error), error, "Starting the transaction");
  for (guint i = 0; i < dates->len; i++)
    {
      g_autofree char *date = iso_date (&g_array_index (dates, GDate, i));
      g_autoptr(OndCaseDraft) draft = make_draft (&gen, date);
      gint64 id = _ond_store_insert_case (gen.store, draft, gen.today, 0, NULL, &error);

      if (id == 0)
        {
          _ond_store_rollback (gen.store);
          check (FALSE, error, "Registering a case");
        }
      g_array_append_val (ids, id);
    }
  check (_ond_store_commit (gen.store, &error), error, "Committing the cases");
  g_print ("%u cases registered in %.1f s\n", ids->len,
           (g_get_monotonic_time () - start) / 1e6);

  /* The workflow, with the store's own calls (one transaction each, as in the window). */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < ids->len; i++)
    {
      progress (&gen, g_array_index (ids, gint64, i), &g_array_index (dates, GDate, i));
      if ((i + 1) % 10000 == 0)
        g_print ("  %u cases through the workflow\n", i + 1);
    }
  g_print ("Workflow done in %.1f s\n", (g_get_monotonic_time () - start) / 1e6);

  g_ptr_array_unref (gen.themes);
  g_ptr_array_unref (gen.areas);
  g_ptr_array_unref (gen.partners);
  g_ptr_array_unref (gen.interventions);
  g_date_time_unref (gen.today);
  g_rand_free (gen.rand);
  ond_store_close (gen.store);
  g_object_unref (gen.store);
  return 0;
}
