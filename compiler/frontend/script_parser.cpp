#include "compiler/frontend/script_parser.h"

#include <antlr4-runtime.h>

#include "PgLexer.h"
#include "PgParser.h"
#include "compiler/frontend/ast_builder.h"
#include "compiler/frontend/query_summary.h"
#include "compiler/frontend/statement_kind.h"

namespace pgshift {
namespace {

using grammar::PgLexer;
using grammar::PgParser;

// The lines of a source, for showing a diagnostic's line.
class SourceLines {
public:
  explicit SourceLines(const std::string &text) {
    size_t start = 0;
    for (;;) {
      size_t end = text.find('\n', start);
      std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines_.push_back(std::move(line));
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
  std::string line(size_t number) const { return number >= 1 && number <= lines_.size() ? lines_[number - 1] : ""; }

private:
  std::vector<std::string> lines_;
};

// Remembers the first syntax error of one statement's parse; later ones are noise
// caused by the first.
class FirstErrorListener : public antlr4::BaseErrorListener {
public:
  void syntaxError(antlr4::Recognizer *, antlr4::Token *offending, size_t line, size_t column, const std::string &message,
                   std::exception_ptr) override {
    if (seen) return;
    seen = true;
    token = offending;
    this->line = line;
    this->column = column;
    antlr_message = message;
  }
  bool seen = false;
  antlr4::Token *token = nullptr;
  size_t line = 0;
  size_t column = 0;
  std::string antlr_message;
};

std::string quotedTokenText(const antlr4::Token *token) {
  std::string text = token->getText();
  if (text.size() > 40) text = text.substr(0, 40) + "...";
  return "\"" + text + "\"";
}

class ScriptReader {
public:
  explicit ScriptReader(const SourceText &source)
      : source_(source), lines_(source.text), chars_(source.text), lexer_(&chars_), tokens_(&lexer_) {
    lexer_.removeErrorListeners();  // every lexical problem has a token type of its own
  }

  std::vector<ast::Statement> read(std::vector<Diagnostic> &errors) {
    tokens_.fill();
    std::vector<ast::Statement> statements;
    std::vector<antlr4::Token *> current;
    bool bad_statement = false;
    for (antlr4::Token *token : tokens_.getTokens()) {
      if (token->getType() == antlr4::Token::EOF) break;
      if (token->getChannel() == PgLexer::META_CHANNEL) {
        checkMetaCommand(token, errors);
        continue;
      }
      if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
      if (auto problem = lexicalProblem(token)) {
        errors.push_back(at(token, *problem));
        bad_statement = true;
        continue;
      }
      if (token->getType() == PgLexer::SEMI) {
        finishStatement(current, bad_statement, statements, errors);
        current.clear();
        bad_statement = false;
        continue;
      }
      current.push_back(token);
    }
    finishStatement(current, bad_statement, statements, errors);
    return statements;
  }

private:
  Diagnostic at(const antlr4::Token *token, std::string message) const {
    SourceLocation where{source_.name, static_cast<int>(token->getLine()),
                         static_cast<int>(token->getCharPositionInLine()) + 1};
    return Diagnostic{where, std::move(message), lines_.line(token->getLine())};
  }

  std::optional<std::string> lexicalProblem(const antlr4::Token *token) const {
    switch (token->getType()) {
      case PgLexer::UNTERMINATED_STRING: return "unterminated quoted string";
      case PgLexer::UNTERMINATED_QUOTED_IDENT: return "unterminated quoted identifier";
      case PgLexer::UNTERMINATED_BLOCK_COMMENT: return "unterminated /* comment";
      case PgLexer::BAD_CHARACTER: return "syntax error at or near " + quotedTokenText(token);
      case PgLexer::QUOTED_IDENT:
        if (token->getText() == "\"\"") return "zero-length delimited identifier";
        return std::nullopt;
      case PgLexer::DOLLAR_STRING: {
        std::string text = token->getText();
        size_t tag_len = text.find('$', 1) + 1;
        bool closed = text.size() >= 2 * tag_len && text.compare(text.size() - tag_len, tag_len, text, 0, tag_len) == 0;
        if (!closed) return "unterminated dollar-quoted string";
        return std::nullopt;
      }
      default: return std::nullopt;
    }
  }

  // pg_dump writes \restrict and \unrestrict around its output (since 15.14); they do
  // not change the schema. Any other psql command would, or could, so it is an error.
  void checkMetaCommand(const antlr4::Token *token, std::vector<Diagnostic> &errors) const {
    std::string text = token->getText();
    std::string command = text.substr(0, text.find_first_of(" \t"));
    if (command == "\\restrict" || command == "\\unrestrict") return;
    errors.push_back(at(token, "unsupported psql meta-command: " + command));
  }

  void finishStatement(const std::vector<antlr4::Token *> &tokens, bool bad, std::vector<ast::Statement> &statements,
                       std::vector<Diagnostic> &errors) {
    if (tokens.empty() || bad) return;
    StatementKind kind = classifyStatement(tokens);
    if (kind.data) {
      const antlr4::Token *first = tokens.front();
      SourceLocation where{source_.name, static_cast<int>(first->getLine()),
                           static_cast<int>(first->getCharPositionInLine()) + 1};
      statements.push_back(ast::Statement{ast::DataStatement{kind.head}, where});
      return;
    }
    if (!kind.supported) {
      errors.push_back(at(tokens.front(), "unsupported statement: " + kind.head));
      return;
    }
    parseStatement(tokens, statements, errors);
  }

  void parseStatement(const std::vector<antlr4::Token *> &tokens, std::vector<ast::Statement> &statements,
                      std::vector<Diagnostic> &errors) {
    std::vector<std::unique_ptr<antlr4::Token>> copies;
    copies.reserve(tokens.size() + 1);
    for (antlr4::Token *token : tokens) copies.push_back(std::make_unique<antlr4::CommonToken>(token));
    // End of input sits right after the last token, where "at end of input" points.
    const antlr4::Token *last = tokens.back();
    auto eof = std::make_unique<antlr4::CommonToken>(antlr4::Token::EOF);
    eof->setLine(last->getLine());
    eof->setCharPositionInLine(last->getCharPositionInLine() + last->getText().size());
    eof->setStartIndex(last->getStopIndex() + 1);
    eof->setStopIndex(last->getStopIndex());
    copies.push_back(std::move(eof));
    antlr4::ListTokenSource token_source(std::move(copies));
    antlr4::CommonTokenStream stream(&token_source);
    PgParser parser(&stream);
    parser.removeErrorListeners();

    // Two-stage parsing: the fast SLL mode is exact for almost every input; only when
    // it fails do we pay for full LL, which also gives the real error position.
    PgParser::StatementContext *tree = nullptr;
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    try {
      tree = parser.statement();
    } catch (const antlr4::ParseCancellationException &) {
      tree = nullptr;
    }
    FirstErrorListener listener;
    if (!tree) {
      stream.seek(0);
      parser.reset();
      parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
      parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
      parser.addErrorListener(&listener);
      tree = parser.statement();
    }
    if (listener.seen) {
      errors.push_back(syntaxError(listener));
      return;
    }
    try {
      AstBuilder builder(source_.name, &chars_);
      statements.push_back(builder.statement(tree));
    } catch (const AstBuildError &e) {
      errors.push_back(at(e.token, e.message));
    }
  }

  Diagnostic syntaxError(const FirstErrorListener &listener) const {
    const antlr4::Token *token = listener.token;
    std::string message;
    if (listener.antlr_message.rfind("missing ", 0) == 0) {
      // ANTLR's "missing ')' at 'x'" names the fix; keep its first half.
      message = "syntax error: " + listener.antlr_message.substr(0, listener.antlr_message.find(" at "));
    } else if (!token || token->getType() == antlr4::Token::EOF) {
      message = "syntax error at end of input";
    } else {
      message = "syntax error at or near " + quotedTokenText(token);
    }
    SourceLocation where{source_.name, static_cast<int>(listener.line), static_cast<int>(listener.column) + 1};
    return Diagnostic{where, message, lines_.line(listener.line)};
  }

  const SourceText &source_;
  SourceLines lines_;
  antlr4::ANTLRInputStream chars_;
  PgLexer lexer_;
  antlr4::CommonTokenStream tokens_;
};

}  // namespace

std::vector<ast::Statement> parseScript(const SourceText &source, std::vector<Diagnostic> &errors) {
  ScriptReader reader(source);
  return reader.read(errors);
}

namespace {

// Parses `text` with one start rule of the grammar and builds a value from its tree;
// nullopt and `error` when it does not parse (`where` words the position) or build.
template <typename Tree, typename Build>
auto parseFragment(std::string_view text, std::string &error, Tree *(PgParser::*rule)(),
                   std::string (*where)(const FirstErrorListener &), Build build)
    -> std::optional<decltype(build(std::declval<Tree *>(), std::declval<antlr4::CharStream *>()))> {
  antlr4::ANTLRInputStream chars{std::string(text)};
  PgLexer lexer(&chars);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  PgParser parser(&tokens);
  parser.removeErrorListeners();
  FirstErrorListener listener;
  parser.addErrorListener(&listener);
  Tree *tree = (parser.*rule)();
  if (listener.seen) {
    error = where(listener) + ": " + std::string(text);
    return std::nullopt;
  }
  try {
    return build(tree, &chars);
  } catch (const AstBuildError &e) {
    error = e.message;
    return std::nullopt;
  }
}

}  // namespace

std::optional<expr::Node> parseExpression(std::string_view text, std::string &error) {
  return parseFragment(
      text, error, &PgParser::expressionOnly,
      [](const FirstErrorListener &l) { return "cannot parse expression at column " + std::to_string(l.column + 1); },
      [](PgParser::ExpressionOnlyContext *tree, antlr4::CharStream *chars) {
        AstBuilder builder("", chars);
        return builder.expression(tree->aExpr());
      });
}

std::optional<ast::Query> parseQuery(std::string_view text, std::string &error) {
  return parseFragment(
      text, error, &PgParser::queryOnly,
      [](const FirstErrorListener &l) {
        return "cannot parse query at line " + std::to_string(l.line) + " column " + std::to_string(l.column + 1);
      },
      [text](PgParser::QueryOnlyContext *tree, antlr4::CharStream *) {
        ast::Query q = summarizeQuery(tree->selectStmt(), "");
        q.text = std::string(text);
        return q;
      });
}

}  // namespace pgshift
