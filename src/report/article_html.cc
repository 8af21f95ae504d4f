// Copyright 2026 The whosaid Authors.
#include "report/article_html.h"

#include <fmt/format.h>

#include <string_view>

#include "report/cast.h"
#include "report/html.h"
#include "report/runs.h"

namespace whosaid::report {
namespace {

// What the page needs to know about one article while rendering it.
struct Context {
  const Document& doc;
  const ArticleView& view;
  Cast cast;
};

std::string ColourClass(char kind, int colour) {
  return colour == kNoColour ? fmt::format("{}n", kind) : fmt::format("{}{}", kind, colour);
}

std::string CardId(const Context& ctx, int attribution) {
  return fmt::format("{}-a{}", ctx.view.prefix, attribution);
}

std::string SpeakerId(const Context& ctx, int member) {
  return fmt::format("{}-s{}", ctx.view.prefix, member);
}

const CastMember& MemberOf(const Context& ctx, int attribution) {
  return ctx.cast.members[ctx.cast.member_of[attribution]];
}

std::string_view TypeLabel(AttributionType type) {
  switch (type) {
    case AttributionType::kDirect: return "direct quote";
    case AttributionType::kIndirect: return "reported speech";
    case AttributionType::kMixed: return "partial quote";
  }
  return "";
}

std::string SpeakerName(const Speaker& s) { return s.name.empty() ? "unknown speaker" : s.name; }

// "Tom Homan — former acting ICE chief (person)": plain text, unescaped.
std::string SpeakerLine(const Speaker& s) {
  std::string line = SpeakerName(s);
  if (s.role) line += " \u2014 " + *s.role;
  return line + " (" + SpeakerKindName(s.kind) + ")";
}

// The hover text of a highlighted run: one line per covering attribution.
std::string RunTitle(const Context& ctx, const std::vector<int>& attributions) {
  std::string title;
  for (int i : attributions) {
    const Attribution& a = ctx.doc.attributions[i];
    if (!title.empty()) title += "\n";
    title += SpeakerLine(a.speaker) + " \u00B7 " + std::string(TypeLabel(a.type));
    if (a.cue) title += " \u00B7 " + a.cue->text;
    if (!a.via.name.empty()) title += " \u00B7 via " + a.via.name;
  }
  return title;
}

std::vector<int> Covering(const TextRun& run) {
  std::vector<int> all = run.content;
  for (const std::vector<int>* more : {&run.sources, &run.cues}) {
    for (int i : *more) {
      if (std::find(all.begin(), all.end(), i) == all.end()) all.push_back(i);
    }
  }
  return all;
}

// "d0-a3 d0-a1": the cards of these attributions.
std::string CardIds(const Context& ctx, const std::vector<int>& attributions) {
  std::string ids;
  for (int i : attributions) {
    if (!ids.empty()) ids += ' ';
    ids += CardId(ctx, i);
  }
  return ids;
}

std::string OpenRunTag(const Context& ctx, const TextRun& run) {
  const std::vector<int> covering = Covering(run);
  const int lead = covering.front();
  const CastMember& member = MemberOf(ctx, lead);
  std::string classes;
  if (!run.content.empty()) {
    classes += "q " + ColourClass('c', member.colour);
    if (IsAnonymous(*member.speaker)) classes += " anon";
  }
  const int marker = !run.sources.empty() ? run.sources.front()
                                          : (!run.cues.empty() ? run.cues.front() : -1);
  if (marker >= 0) {
    classes += !run.sources.empty() ? " src " : " cue ";
    classes += ColourClass('u', MemberOf(ctx, marker).colour);
  }
  std::string content_ids = run.content.empty() ? "" : " data-q=\"" + CardIds(ctx, run.content) + "\"";
  return fmt::format(
      "<span class=\"{}\" data-att=\"{}\"{} data-speaker=\"{}\" tabindex=\"0\" role=\"button\" "
      "title=\"{}\">",
      classes, CardIds(ctx, covering), content_ids, SpeakerId(ctx, ctx.cast.member_of[lead]),
      Escape(RunTitle(ctx, covering)));
}

// Length of the paragraph break (a line break, blank space, a line break and
// any white space after) starting at text[i], or 0 when there is none.
size_t ParagraphBreakAt(std::string_view text, size_t i) {
  if (text[i] != '\n') return 0;
  size_t j = i + 1;
  bool second = false;
  while (j < text.size() && (text[j] == '\n' || text[j] == '\r' || text[j] == ' ' || text[j] == '\t')) {
    second |= text[j] == '\n';
    ++j;
  }
  return second ? j - i : 0;
}

// Appends a run's text, closing and reopening its <span> around paragraph
// breaks so that the markup stays well nested.
void AppendRunText(std::string_view text, const std::string& open_tag, std::string* out) {
  size_t from = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t brk = ParagraphBreakAt(text, i);
    if (brk == 0) continue;
    AppendEscaped(text.substr(from, i - from), out);
    *out += open_tag.empty() ? "</p>\n<p>" : "</span></p>\n<p>" + open_tag;
    i += brk - 1;
    from = i + 1;
  }
  AppendEscaped(text.substr(from), out);
}

std::string RenderText(const Context& ctx) {
  std::string out = "<div class=\"text\" lang=\"en\"><p>";
  const std::string_view text = ctx.doc.text;
  for (const TextRun& run : SplitIntoRuns(ctx.doc)) {
    const std::string open = run.marked() ? OpenRunTag(ctx, run) : "";
    out += open;
    AppendRunText(text.substr(run.byte_start, run.byte_end - run.byte_start), open, &out);
    if (!open.empty()) out += "</span>";
  }
  return out + "</p></div>\n";
}

std::string KindBadge(const Speaker& s) {
  if (IsAnonymous(s)) return "<span class=\"badge anon\">anonymous</span>";
  return fmt::format("<span class=\"badge\">{}</span>", SpeakerKindName(s.kind));
}

std::string SpeakerNameHtml(const Context& ctx, const Speaker& s) {
  const std::string href = ctx.view.speaker_href && !s.name.empty() ? ctx.view.speaker_href(s) : "";
  const std::string name = Escape(SpeakerName(s));
  if (href.empty()) return "<span class=\"name\">" + name + "</span>";
  return "<a class=\"name\" href=\"" + Escape(href) + "\">" + name + "</a>";
}

std::string LegendItem(const Context& ctx, int m) {
  const CastMember& member = ctx.cast.members[m];
  const Speaker& s = *member.speaker;
  std::string role = s.role ? "<span class=\"role\">" + Escape(*s.role) + "</span>" : "";
  return fmt::format(
      "<li class=\"speaker {}{}\" data-speaker=\"{}\" data-count=\"{}\"><span class=\"swatch\"></span>"
      "<span>{}{}{}</span><span class=\"count\" title=\"attributions\">{}</span></li>\n",
      ColourClass('c', member.colour), IsAnonymous(s) ? " anon" : "", SpeakerId(ctx, m), member.count,
      SpeakerNameHtml(ctx, s), KindBadge(s), role, member.count);
}

std::string RenderLegend(const Context& ctx) {
  std::string out = "<section class=\"panel legend\"><h2>Speakers</h2><ul>\n";
  for (int m = 0; m < static_cast<int>(ctx.cast.members.size()); ++m) out += LegendItem(ctx, m);
  if (ctx.cast.members.empty()) out += "<li>No attributions found.</li>";
  return out + "</ul></section>\n";
}

std::string ContentText(const Attribution& a) {
  std::string s;
  for (size_t k = 0; k < a.content.size(); ++k) s += (k > 0 ? " \u2026 " : "") + a.content[k].text;
  return a.type == AttributionType::kIndirect ? s : "\u201C" + s + "\u201D";
}

// "an unnamed source familiar with the matter (anonymous) → Fox News (outlet)"
std::string ChainText(const Attribution& a) {
  return SpeakerName(a.via) + " (" + SpeakerKindName(a.via.kind) + ") \u2192 " + SpeakerName(a.speaker) +
         " (" + SpeakerKindName(a.speaker.kind) + ")";
}

std::string Field(std::string_view label, const std::string& value) {
  return fmt::format("<dt>{}</dt><dd>{}</dd>", label, Escape(value));
}

std::string RenderCard(const Context& ctx, int i) {
  const Attribution& a = ctx.doc.attributions[i];
  const CastMember& member = MemberOf(ctx, i);
  std::string role = a.speaker.role ? "<span class=\"role\">" + Escape(*a.speaker.role) + "</span>" : "";
  std::string fields = Field("Type", std::string(TypeLabel(a.type)));
  if (a.cue) fields += Field("Cue", a.cue->text);
  if (a.source) fields += Field("Source", a.source->text);
  if (!a.via.name.empty()) fields += Field("Via", ChainText(a));
  return fmt::format(
      "<li class=\"card {}{}\" id=\"{}\" data-speaker=\"{}\"><div class=\"who\">{}{}{}</div>"
      "<blockquote>{}</blockquote><dl>{}</dl></li>\n",
      ColourClass('c', member.colour), IsAnonymous(a.speaker) ? " anon" : "", CardId(ctx, i),
      SpeakerId(ctx, ctx.cast.member_of[i]), SpeakerNameHtml(ctx, a.speaker), KindBadge(a.speaker), role,
      Escape(ContentText(a)), fields);
}

std::string RenderCards(const Context& ctx) {
  std::string out = "<section class=\"cards\"><h2>Attributions in order</h2><ol>\n";
  for (int i = 0; i < static_cast<int>(ctx.doc.attributions.size()); ++i) out += RenderCard(ctx, i);
  return out + "</ol></section>\n";
}

std::string Summary(const Context& ctx) {
  int anonymous = 0;
  for (const Attribution& a : ctx.doc.attributions) anonymous += IsAnonymous(a.speaker) ? 1 : 0;
  return fmt::format("{} attributions \u00B7 {} speakers \u00B7 {} from anonymous sources",
                     ctx.doc.attributions.size(), ctx.cast.members.size(), anonymous);
}

constexpr std::string_view kDetailPanel =
    "<section class=\"panel detail\" aria-live=\"polite\"><button class=\"detail-close\" type=\"button\" "
    "aria-label=\"Close\">\u00D7</button><h2>Who said it</h2><div class=\"detail-body\"><p class=\"hint\">"
    "Click a highlighted passage to see its speaker, role, kind and chain of sources.</p></div></section>\n";

}  // namespace

std::string RenderArticle(const Document& doc, const ArticleView& view) {
  const Context ctx{doc, view, CastOf(doc)};
  const std::string& title = view.title.empty() ? (doc.id.empty() ? "(untitled document)" : doc.id) : view.title;
  std::string out = fmt::format("<article class=\"doc\" id=\"{}\" data-attributions=\"{}\">\n", view.prefix,
                                doc.attributions.size());
  out += "<h1>" + Escape(title) + "</h1>\n<p class=\"meta\">" + Escape(Summary(ctx)) + "</p>\n";
  out += "<div class=\"layout\">\n" + RenderText(ctx) + "<aside class=\"side\">\n";
  out += std::string(kDetailPanel) + RenderLegend(ctx) + "</aside>\n</div>\n";
  return out + RenderCards(ctx) + "</article>\n";
}

}  // namespace whosaid::report
