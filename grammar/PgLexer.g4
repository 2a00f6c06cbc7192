// Lexer for the pgshift schema language: PostgreSQL DDL as users and pg_dump write it.
//
// Lexical rules follow PostgreSQL 15's scan.l: case-insensitive keywords, identifiers
// folded later by the front end (never here), nested block comments, dollar quoting,
// escape strings, and the operator rule that trims a trailing '+'/'-'.
// ANTLR 4.7.2 has no caseInsensitive option, so keywords are spelled with letter fragments.
lexer grammar PgLexer;

channels { COMMENT_CHANNEL, META_CHANNEL }

@lexer::members {
  // A dollar-quoted string ends at the next occurrence of its own opening tag, which a
  // regular lexer rule cannot express; the opening rule's action consumes the body.
  // An unterminated body runs to end of input; the front end reports it.
  void consumeDollarBody() {
    const std::string tag = getText();
    auto *sim = getInterpreter<antlr4::atn::LexerATNSimulator>();
    for (;;) {
      size_t c = _input->LA(1);
      if (c == antlr4::Token::EOF) return;
      if (c == '$') {
        bool match = true;
        for (size_t i = 1; i < tag.size(); ++i) {
          if (_input->LA(static_cast<ssize_t>(i + 1)) != static_cast<size_t>(tag[i])) { match = false; break; }
        }
        if (match) {
          for (size_t i = 0; i < tag.size(); ++i) sim->consume(_input);
          return;
        }
      }
      sim->consume(_input);
    }
  }

  // PostgreSQL's operator rule: stop at an embedded comment start, and drop trailing
  // '+'/'-' unless the operator contains a character that SQL operators never use,
  // so that "=-1" lexes as "=" "-" "1". What is left may be a one- or two-character
  // token with its own type.
  void trimOperator() {
    std::string text = getText();
    size_t n = text.size();
    size_t cut = std::min(text.find("/*"), text.find("--"));
    if (cut != std::string::npos && cut < n) n = cut;
    if (n > 1 && (text[n - 1] == '+' || text[n - 1] == '-')) {
      bool special = text.substr(0, n - 1).find_first_of("~!@#^&|`?%") != std::string::npos;
      if (!special) {
        do { --n; } while (n > 1 && (text[n - 1] == '+' || text[n - 1] == '-'));
      }
    }
    if (n < text.size()) {
      size_t back = text.size() - n;
      _input->seek(_input->index() - back);
      auto *sim = getInterpreter<antlr4::atn::LexerATNSimulator>();
      sim->setCharPositionInLine(sim->getCharPositionInLine() - back);
      text.resize(n);
    }
    static const std::pair<const char *, size_t> kSpecial[] = {
        {"+", PLUS}, {"-", MINUS}, {"*", STAR}, {"/", SLASH}, {"%", PERCENT}, {"^", CARET},
        {"<", LT}, {">", GT}, {"=", EQUAL}, {"<=", LESS_EQUALS}, {">=", GREATER_EQUALS},
        {"<>", NOT_EQUALS}, {"!=", NOT_EQUALS}, {"=>", EQUALS_GREATER}};
    for (const auto &[spelling, type] : kSpecial) {
      if (text == spelling) { setType(type); return; }
    }
  }
}

// ---- keywords (generated once from PostgreSQL 15's pg_get_keywords(); categories are
// ---- in PgParser.g4; words that clash with C/C++ macros carry PostgreSQL's _P suffix)
ABORT                 : A B O R T;
ABSOLUTE              : A B S O L U T E;
ACCESS                : A C C E S S;
ACTION                : A C T I O N;
ADD                   : A D D;
ADMIN                 : A D M I N;
AFTER                 : A F T E R;
AGGREGATE             : A G G R E G A T E;
ALL                   : A L L;
ALSO                  : A L S O;
ALTER                 : A L T E R;
ALWAYS                : A L W A Y S;
ANALYSE               : A N A L Y S E;
ANALYZE               : A N A L Y Z E;
AND                   : A N D;
ANY                   : A N Y;
ARRAY                 : A R R A Y;
AS                    : A S;
ASC                   : A S C;
ASENSITIVE            : A S E N S I T I V E;
ASSERTION             : A S S E R T I O N;
ASSIGNMENT            : A S S I G N M E N T;
ASYMMETRIC            : A S Y M M E T R I C;
AT                    : A T;
ATOMIC                : A T O M I C;
ATTACH                : A T T A C H;
ATTRIBUTE             : A T T R I B U T E;
AUTHORIZATION         : A U T H O R I Z A T I O N;
BACKWARD              : B A C K W A R D;
BEFORE                : B E F O R E;
BEGIN_P               : B E G I N;
BETWEEN               : B E T W E E N;
BIGINT                : B I G I N T;
BINARY                : B I N A R Y;
BIT                   : B I T;
BOOLEAN_P             : B O O L E A N;
BOTH                  : B O T H;
BREADTH               : B R E A D T H;
BY                    : B Y;
CACHE                 : C A C H E;
CALL                  : C A L L;
CALLED                : C A L L E D;
CASCADE               : C A S C A D E;
CASCADED              : C A S C A D E D;
CASE                  : C A S E;
CAST                  : C A S T;
CATALOG               : C A T A L O G;
CHAIN                 : C H A I N;
CHAR_P                : C H A R;
CHARACTER             : C H A R A C T E R;
CHARACTERISTICS       : C H A R A C T E R I S T I C S;
CHECK                 : C H E C K;
CHECKPOINT            : C H E C K P O I N T;
CLASS                 : C L A S S;
CLOSE                 : C L O S E;
CLUSTER               : C L U S T E R;
COALESCE              : C O A L E S C E;
COLLATE               : C O L L A T E;
COLLATION             : C O L L A T I O N;
COLUMN                : C O L U M N;
COLUMNS               : C O L U M N S;
COMMENT               : C O M M E N T;
COMMENTS              : C O M M E N T S;
COMMIT                : C O M M I T;
COMMITTED             : C O M M I T T E D;
COMPRESSION           : C O M P R E S S I O N;
CONCURRENTLY          : C O N C U R R E N T L Y;
CONFIGURATION         : C O N F I G U R A T I O N;
CONFLICT              : C O N F L I C T;
CONNECTION            : C O N N E C T I O N;
CONSTRAINT            : C O N S T R A I N T;
CONSTRAINTS           : C O N S T R A I N T S;
CONTENT               : C O N T E N T;
CONTINUE              : C O N T I N U E;
CONVERSION            : C O N V E R S I O N;
COPY                  : C O P Y;
COST                  : C O S T;
CREATE                : C R E A T E;
CROSS                 : C R O S S;
CSV                   : C S V;
CUBE                  : C U B E;
CURRENT               : C U R R E N T;
CURRENT_CATALOG       : C U R R E N T '_' C A T A L O G;
CURRENT_DATE          : C U R R E N T '_' D A T E;
CURRENT_ROLE          : C U R R E N T '_' R O L E;
CURRENT_SCHEMA        : C U R R E N T '_' S C H E M A;
CURRENT_TIME          : C U R R E N T '_' T I M E;
CURRENT_TIMESTAMP     : C U R R E N T '_' T I M E S T A M P;
CURRENT_USER          : C U R R E N T '_' U S E R;
CURSOR                : C U R S O R;
CYCLE                 : C Y C L E;
DATA                  : D A T A;
DATABASE              : D A T A B A S E;
DAY                   : D A Y;
DEALLOCATE            : D E A L L O C A T E;
DEC                   : D E C;
DECIMAL_P             : D E C I M A L;
DECLARE               : D E C L A R E;
DEFAULT               : D E F A U L T;
DEFAULTS              : D E F A U L T S;
DEFERRABLE            : D E F E R R A B L E;
DEFERRED              : D E F E R R E D;
DEFINER               : D E F I N E R;
DELETE_P              : D E L E T E;
DELIMITER             : D E L I M I T E R;
DELIMITERS            : D E L I M I T E R S;
DEPENDS               : D E P E N D S;
DEPTH                 : D E P T H;
DESC                  : D E S C;
DETACH                : D E T A C H;
DICTIONARY            : D I C T I O N A R Y;
DISABLE               : D I S A B L E;
DISCARD               : D I S C A R D;
DISTINCT              : D I S T I N C T;
DO                    : D O;
DOCUMENT              : D O C U M E N T;
DOMAIN_P              : D O M A I N;
DOUBLE_P              : D O U B L E;
DROP                  : D R O P;
EACH                  : E A C H;
ELSE                  : E L S E;
ENABLE                : E N A B L E;
ENCODING              : E N C O D I N G;
ENCRYPTED             : E N C R Y P T E D;
END_P                 : E N D;
ENUM                  : E N U M;
ESCAPE                : E S C A P E;
EVENT                 : E V E N T;
EXCEPT                : E X C E P T;
EXCLUDE               : E X C L U D E;
EXCLUDING             : E X C L U D I N G;
EXCLUSIVE             : E X C L U S I V E;
EXECUTE               : E X E C U T E;
EXISTS                : E X I S T S;
EXPLAIN               : E X P L A I N;
EXPRESSION            : E X P R E S S I O N;
EXTENSION             : E X T E N S I O N;
EXTERNAL              : E X T E R N A L;
EXTRACT               : E X T R A C T;
FALSE_P               : F A L S E;
FAMILY                : F A M I L Y;
FETCH                 : F E T C H;
FILTER                : F I L T E R;
FINALIZE              : F I N A L I Z E;
FIRST_P               : F I R S T;
FLOAT_P               : F L O A T;
FOLLOWING             : F O L L O W I N G;
FOR                   : F O R;
FORCE                 : F O R C E;
FOREIGN               : F O R E I G N;
FORWARD               : F O R W A R D;
FREEZE                : F R E E Z E;
FROM                  : F R O M;
FULL                  : F U L L;
FUNCTION              : F U N C T I O N;
FUNCTIONS             : F U N C T I O N S;
GENERATED             : G E N E R A T E D;
GLOBAL                : G L O B A L;
GRANT                 : G R A N T;
GRANTED               : G R A N T E D;
GREATEST              : G R E A T E S T;
GROUP                 : G R O U P;
GROUPING              : G R O U P I N G;
GROUPS                : G R O U P S;
HANDLER               : H A N D L E R;
HAVING                : H A V I N G;
HEADER                : H E A D E R;
HOLD                  : H O L D;
HOUR                  : H O U R;
IDENTITY_P            : I D E N T I T Y;
IF                    : I F;
ILIKE                 : I L I K E;
IMMEDIATE             : I M M E D I A T E;
IMMUTABLE             : I M M U T A B L E;
IMPLICIT              : I M P L I C I T;
IMPORT                : I M P O R T;
IN_P                  : I N;
INCLUDE               : I N C L U D E;
INCLUDING             : I N C L U D I N G;
INCREMENT             : I N C R E M E N T;
INDEX                 : I N D E X;
INDEXES               : I N D E X E S;
INHERIT               : I N H E R I T;
INHERITS              : I N H E R I T S;
INITIALLY             : I N I T I A L L Y;
INLINE                : I N L I N E;
INNER                 : I N N E R;
INOUT                 : I N O U T;
INPUT                 : I N P U T;
INSENSITIVE           : I N S E N S I T I V E;
INSERT                : I N S E R T;
INSTEAD               : I N S T E A D;
INT_P                 : I N T;
INTEGER               : I N T E G E R;
INTERSECT             : I N T E R S E C T;
INTERVAL              : I N T E R V A L;
INTO                  : I N T O;
INVOKER               : I N V O K E R;
IS                    : I S;
ISNULL                : I S N U L L;
ISOLATION             : I S O L A T I O N;
JOIN                  : J O I N;
KEY                   : K E Y;
LABEL                 : L A B E L;
LANGUAGE              : L A N G U A G E;
LARGE                 : L A R G E;
LAST_P                : L A S T;
LATERAL               : L A T E R A L;
LEADING               : L E A D I N G;
LEAKPROOF             : L E A K P R O O F;
LEAST                 : L E A S T;
LEFT                  : L E F T;
LEVEL                 : L E V E L;
LIKE                  : L I K E;
LIMIT                 : L I M I T;
LISTEN                : L I S T E N;
LOAD                  : L O A D;
LOCAL                 : L O C A L;
LOCALTIME             : L O C A L T I M E;
LOCALTIMESTAMP        : L O C A L T I M E S T A M P;
LOCATION              : L O C A T I O N;
LOCK                  : L O C K;
LOCKED                : L O C K E D;
LOGGED                : L O G G E D;
MAPPING               : M A P P I N G;
MATCH                 : M A T C H;
MATCHED               : M A T C H E D;
MATERIALIZED          : M A T E R I A L I Z E D;
MAXVALUE              : M A X V A L U E;
MERGE                 : M E R G E;
METHOD                : M E T H O D;
MINUTE                : M I N U T E;
MINVALUE              : M I N V A L U E;
MODE                  : M O D E;
MONTH                 : M O N T H;
MOVE                  : M O V E;
NAME                  : N A M E;
NAMES                 : N A M E S;
NATIONAL              : N A T I O N A L;
NATURAL               : N A T U R A L;
NCHAR                 : N C H A R;
NEW                   : N E W;
NEXT                  : N E X T;
NFC                   : N F C;
NFD                   : N F D;
NFKC                  : N F K C;
NFKD                  : N F K D;
NO                    : N O;
NONE                  : N O N E;
NORMALIZE             : N O R M A L I Z E;
NORMALIZED            : N O R M A L I Z E D;
NOT                   : N O T;
NOTHING               : N O T H I N G;
NOTIFY                : N O T I F Y;
NOTNULL               : N O T N U L L;
NOWAIT                : N O W A I T;
NULL_P                : N U L L;
NULLIF                : N U L L I F;
NULLS_P               : N U L L S;
NUMERIC               : N U M E R I C;
OBJECT                : O B J E C T;
OF                    : O F;
OFF                   : O F F;
OFFSET                : O F F S E T;
OIDS                  : O I D S;
OLD                   : O L D;
ON                    : O N;
ONLY                  : O N L Y;
OPERATOR              : O P E R A T O R;
OPTION                : O P T I O N;
OPTIONS               : O P T I O N S;
OR                    : O R;
ORDER                 : O R D E R;
ORDINALITY            : O R D I N A L I T Y;
OTHERS                : O T H E R S;
OUT_P                 : O U T;
OUTER                 : O U T E R;
OVER                  : O V E R;
OVERLAPS              : O V E R L A P S;
OVERLAY               : O V E R L A Y;
OVERRIDING            : O V E R R I D I N G;
OWNED                 : O W N E D;
OWNER                 : O W N E R;
PARALLEL              : P A R A L L E L;
PARAMETER             : P A R A M E T E R;
PARSER                : P A R S E R;
PARTIAL               : P A R T I A L;
PARTITION             : P A R T I T I O N;
PASSING               : P A S S I N G;
PASSWORD              : P A S S W O R D;
PLACING               : P L A C I N G;
PLANS                 : P L A N S;
POLICY                : P O L I C Y;
POSITION              : P O S I T I O N;
PRECEDING             : P R E C E D I N G;
PRECISION             : P R E C I S I O N;
PREPARE               : P R E P A R E;
PREPARED              : P R E P A R E D;
PRESERVE              : P R E S E R V E;
PRIMARY               : P R I M A R Y;
PRIOR                 : P R I O R;
PRIVILEGES            : P R I V I L E G E S;
PROCEDURAL            : P R O C E D U R A L;
PROCEDURE             : P R O C E D U R E;
PROCEDURES            : P R O C E D U R E S;
PROGRAM               : P R O G R A M;
PUBLICATION           : P U B L I C A T I O N;
QUOTE                 : Q U O T E;
RANGE                 : R A N G E;
READ                  : R E A D;
REAL                  : R E A L;
REASSIGN              : R E A S S I G N;
RECHECK               : R E C H E C K;
RECURSIVE             : R E C U R S I V E;
REF                   : R E F;
REFERENCES            : R E F E R E N C E S;
REFERENCING           : R E F E R E N C I N G;
REFRESH               : R E F R E S H;
REINDEX               : R E I N D E X;
RELATIVE              : R E L A T I V E;
RELEASE               : R E L E A S E;
RENAME                : R E N A M E;
REPEATABLE            : R E P E A T A B L E;
REPLACE               : R E P L A C E;
REPLICA               : R E P L I C A;
RESET                 : R E S E T;
RESTART               : R E S T A R T;
RESTRICT              : R E S T R I C T;
RETURN                : R E T U R N;
RETURNING             : R E T U R N I N G;
RETURNS               : R E T U R N S;
REVOKE                : R E V O K E;
RIGHT                 : R I G H T;
ROLE                  : R O L E;
ROLLBACK              : R O L L B A C K;
ROLLUP                : R O L L U P;
ROUTINE               : R O U T I N E;
ROUTINES              : R O U T I N E S;
ROW                   : R O W;
ROWS                  : R O W S;
RULE                  : R U L E;
SAVEPOINT             : S A V E P O I N T;
SCHEMA                : S C H E M A;
SCHEMAS               : S C H E M A S;
SCROLL                : S C R O L L;
SEARCH                : S E A R C H;
SECOND                : S E C O N D;
SECURITY              : S E C U R I T Y;
SELECT                : S E L E C T;
SEQUENCE              : S E Q U E N C E;
SEQUENCES             : S E Q U E N C E S;
SERIALIZABLE          : S E R I A L I Z A B L E;
SERVER                : S E R V E R;
SESSION               : S E S S I O N;
SESSION_USER          : S E S S I O N '_' U S E R;
SET                   : S E T;
SETOF                 : S E T O F;
SETS                  : S E T S;
SHARE                 : S H A R E;
SHOW                  : S H O W;
SIMILAR               : S I M I L A R;
SIMPLE                : S I M P L E;
SKIP_P                : S K I P;
SMALLINT              : S M A L L I N T;
SNAPSHOT              : S N A P S H O T;
SOME                  : S O M E;
SQL                   : S Q L;
STABLE                : S T A B L E;
STANDALONE            : S T A N D A L O N E;
START                 : S T A R T;
STATEMENT             : S T A T E M E N T;
STATISTICS            : S T A T I S T I C S;
STDIN                 : S T D I N;
STDOUT                : S T D O U T;
STORAGE               : S T O R A G E;
STORED                : S T O R E D;
STRICT                : S T R I C T;
STRIP                 : S T R I P;
SUBSCRIPTION          : S U B S C R I P T I O N;
SUBSTRING             : S U B S T R I N G;
SUPPORT               : S U P P O R T;
SYMMETRIC             : S Y M M E T R I C;
SYSID                 : S Y S I D;
SYSTEM                : S Y S T E M;
TABLE                 : T A B L E;
TABLES                : T A B L E S;
TABLESAMPLE           : T A B L E S A M P L E;
TABLESPACE            : T A B L E S P A C E;
TEMP                  : T E M P;
TEMPLATE              : T E M P L A T E;
TEMPORARY             : T E M P O R A R Y;
TEXT                  : T E X T;
THEN                  : T H E N;
TIES                  : T I E S;
TIME                  : T I M E;
TIMESTAMP             : T I M E S T A M P;
TO                    : T O;
TRAILING              : T R A I L I N G;
TRANSACTION           : T R A N S A C T I O N;
TRANSFORM             : T R A N S F O R M;
TREAT                 : T R E A T;
TRIGGER               : T R I G G E R;
TRIM                  : T R I M;
TRUE_P                : T R U E;
TRUNCATE              : T R U N C A T E;
TRUSTED               : T R U S T E D;
TYPE_P                : T Y P E;
TYPES                 : T Y P E S;
UESCAPE               : U E S C A P E;
UNBOUNDED             : U N B O U N D E D;
UNCOMMITTED           : U N C O M M I T T E D;
UNENCRYPTED           : U N E N C R Y P T E D;
UNION                 : U N I O N;
UNIQUE                : U N I Q U E;
UNKNOWN               : U N K N O W N;
UNLISTEN              : U N L I S T E N;
UNLOGGED              : U N L O G G E D;
UNTIL                 : U N T I L;
UPDATE                : U P D A T E;
USER                  : U S E R;
USING                 : U S I N G;
VACUUM                : V A C U U M;
VALID                 : V A L I D;
VALIDATE              : V A L I D A T E;
VALIDATOR             : V A L I D A T O R;
VALUE                 : V A L U E;
VALUES                : V A L U E S;
VARCHAR               : V A R C H A R;
VARIADIC              : V A R I A D I C;
VARYING               : V A R Y I N G;
VERBOSE               : V E R B O S E;
VERSION               : V E R S I O N;
VIEW                  : V I E W;
VIEWS                 : V I E W S;
VOLATILE              : V O L A T I L E;
WHEN                  : W H E N;
WHERE                 : W H E R E;
WHITESPACE            : W H I T E S P A C E;
WINDOW                : W I N D O W;
WITH                  : W I T H;
WITHIN                : W I T H I N;
WITHOUT               : W I T H O U T;
WORK                  : W O R K;
WRAPPER               : W R A P P E R;
WRITE                 : W R I T E;
XML                   : X M L;
XMLATTRIBUTES         : X M L A T T R I B U T E S;
XMLCONCAT             : X M L C O N C A T;
XMLELEMENT            : X M L E L E M E N T;
XMLEXISTS             : X M L E X I S T S;
XMLFOREST             : X M L F O R E S T;
XMLNAMESPACES         : X M L N A M E S P A C E S;
XMLPARSE              : X M L P A R S E;
XMLPI                 : X M L P I;
XMLROOT               : X M L R O O T;
XMLSERIALIZE          : X M L S E R I A L I Z E;
XMLTABLE              : X M L T A B L E;
YEAR                  : Y E A R;
YES                   : Y E S;
ZONE                  : Z O N E;

// ---- trivia
WS              : [ \t\r\n\f]+ -> skip;
LINE_COMMENT    : '--' ~[\r\n]* -> channel(COMMENT_CHANNEL);
// Comments nest, as in PostgreSQL. No non-greedy loop: among the ways to read the text
// the lexer takes the longest, which is the one that closes every nested comment.
BLOCK_COMMENT   : '/*' ( BLOCK_COMMENT | '/' | '*'+ ~[*/] | ~[*/] )* '*'+ '/' -> channel(COMMENT_CHANNEL);
// Never crosses a "*/", so a terminated comment is never taken for an unterminated one.
UNTERMINATED_BLOCK_COMMENT : '/*' ( BLOCK_COMMENT | '/' | '*'+ ~[*/] | ~[*/] )* '*'* EOF;

// ---- punctuation and operators
LPAREN          : '(';
RPAREN          : ')';
LBRACKET        : '[';
RBRACKET        : ']';
COMMA           : ',';
SEMI            : ';';
TYPECAST        : '::';
COLON_EQUALS    : ':=';
COLON           : ':';
DOT_DOT         : '..';
DOT             : '.';
PLUS            : '+';
MINUS           : '-';
STAR            : '*';
SLASH           : '/';
PERCENT         : '%';
CARET           : '^';
LT              : '<';
GT              : '>';
EQUAL           : '=';
LESS_EQUALS     : '<=';
GREATER_EQUALS  : '>=';
NOT_EQUALS      : '<>' | '!=';
EQUALS_GREATER  : '=>';
// Any other run of operator characters; trimOperator() may shorten it and retype it.
OP              : OP_CHAR+ { trimOperator(); };

// ---- literals
PARAM           : '$' [0-9]+;
DOLLAR_STRING   : '$' DOLLAR_TAG? '$' { consumeDollarBody(); };
ESTRING         : [eE] '\'' ( ~['\\] | '\\' . | '\'\'' )* '\'';
USTRING         : [uU] '&' '\'' ( ~'\'' | '\'\'' )* '\'';
BCONST          : [bB] '\'' ( ~'\'' )* '\'';
XCONST          : [xX] '\'' ( ~'\'' )* '\'';
STRING          : '\'' ( ~'\'' | '\'\'' )* '\'';
UNTERMINATED_STRING : ( [eEbBxX]? '\'' ) ( ~'\'' | '\'\'' )* EOF;
FCONST          : DIGIT+ '.' DIGIT* EXPONENT? | '.' DIGIT+ EXPONENT? | DIGIT+ EXPONENT;
ICONST          : DIGIT+;

// ---- identifiers (case folding and truncation happen in the front end)
QUOTED_IDENT    : '"' ( ~'"' | '""' )* '"';
UNTERMINATED_QUOTED_IDENT : '"' ( ~'"' | '""' )* EOF;
IDENT           : IDENT_START IDENT_CONT*;

// A psql meta-command (pg_dump writes \restrict and \unrestrict); the front end
// decides which ones a schema file may contain.
META_COMMAND    : '\\' ~[\r\n]* -> channel(META_CHANNEL);
// Anything else is a lexical error, reported by the front end with its position.
BAD_CHARACTER   : .;

fragment DOLLAR_TAG  : [a-zA-Z_\u0080-\u{10FFFF}] [a-zA-Z_0-9\u0080-\u{10FFFF}]*;
fragment IDENT_START : [a-zA-Z_\u0080-\u{10FFFF}];
fragment IDENT_CONT  : [a-zA-Z_0-9$\u0080-\u{10FFFF}];
fragment OP_CHAR     : [~!@#^&|`?+\-*/%<>=];
fragment DIGIT       : [0-9];
fragment EXPONENT    : [eE] [+-]? DIGIT+;

fragment A : [aA]; fragment B : [bB]; fragment C : [cC]; fragment D : [dD];
fragment E : [eE]; fragment F : [fF]; fragment G : [gG]; fragment H : [hH];
fragment I : [iI]; fragment J : [jJ]; fragment K : [kK]; fragment L : [lL];
fragment M : [mM]; fragment N : [nN]; fragment O : [oO]; fragment P : [pP];
fragment Q : [qQ]; fragment R : [rR]; fragment S : [sS]; fragment T : [tT];
fragment U : [uU]; fragment V : [vV]; fragment W : [wW]; fragment X : [xX];
fragment Y : [yY]; fragment Z : [zZ];
