# The schema-language parser, generated from grammar/*.g4 at build time; generated code is
# never committed.
#
# The ANTLR 4.9 runtime headers do not compile under clang with libstdc++ 12
# (misc/InterpreterDataReader.h declares "InterpreterData() {};" on a type whose member
# has a deleted default constructor). Use a copy of the headers with that one line fixed,
# so that clang and clang-tidy work; GCC accepts either and the ABI is unchanged.
set(ANTLR4_PATCHED_INCLUDE_DIR ${CMAKE_BINARY_DIR}/antlr4-runtime-include)
if(NOT EXISTS ${ANTLR4_PATCHED_INCLUDE_DIR}/antlr4-runtime.h)
  file(COPY ${ANTLR4_INCLUDE_DIR}/ DESTINATION ${ANTLR4_PATCHED_INCLUDE_DIR})
  file(READ ${ANTLR4_PATCHED_INCLUDE_DIR}/misc/InterpreterDataReader.h _idr)
  string(REPLACE "InterpreterData() {};" "InterpreterData() = default;" _idr "${_idr}")
  file(WRITE ${ANTLR4_PATCHED_INCLUDE_DIR}/misc/InterpreterDataReader.h "${_idr}")
endif()

set(PGSHIFT_GRAMMAR_DIR ${CMAKE_SOURCE_DIR}/grammar)
set(PGSHIFT_GEN_DIR ${CMAKE_BINARY_DIR}/grammar_generated)
set(PGSHIFT_GEN_FILES
  ${PGSHIFT_GEN_DIR}/PgLexer.cpp ${PGSHIFT_GEN_DIR}/PgLexer.h
  ${PGSHIFT_GEN_DIR}/PgParser.cpp ${PGSHIFT_GEN_DIR}/PgParser.h
  ${PGSHIFT_GEN_DIR}/PgParserVisitor.cpp ${PGSHIFT_GEN_DIR}/PgParserVisitor.h
  ${PGSHIFT_GEN_DIR}/PgParserBaseVisitor.cpp ${PGSHIFT_GEN_DIR}/PgParserBaseVisitor.h)
add_custom_command(
  OUTPUT ${PGSHIFT_GEN_FILES}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PGSHIFT_GEN_DIR}
  COMMAND ${ANTLR4_TOOL} -Dlanguage=Cpp -visitor -no-listener -Werror
          -package pgshift::grammar -Xexact-output-dir -o ${PGSHIFT_GEN_DIR}
          ${PGSHIFT_GRAMMAR_DIR}/PgLexer.g4 ${PGSHIFT_GRAMMAR_DIR}/PgParser.g4
  DEPENDS ${PGSHIFT_GRAMMAR_DIR}/PgLexer.g4 ${PGSHIFT_GRAMMAR_DIR}/PgParser.g4
  COMMENT "ANTLR4: generating the schema-language parser"
  VERBATIM)
add_library(pgshift_grammar STATIC ${PGSHIFT_GEN_FILES})
target_include_directories(pgshift_grammar SYSTEM PUBLIC ${PGSHIFT_GEN_DIR} ${ANTLR4_PATCHED_INCLUDE_DIR})
target_link_libraries(pgshift_grammar PUBLIC antlr4_shared)
target_compile_options(pgshift_grammar PRIVATE -w)
# The 4.7.2 tool writes u8"..." literals, which are char8_t (not char) in C++20.
set_target_properties(pgshift_grammar PROPERTIES CXX_STANDARD 17)
