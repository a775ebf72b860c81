"""The shared text layer: one place for what both document kinds read out of running text.

- :mod:`~wlga_analysis.text.clean`: markup removed and white space folded, in linear time;
- :mod:`~wlga_analysis.text.dates`: date lines ("22nd October 2021", "22/10/2021", ...);
- :mod:`~wlga_analysis.text.money`: £ amounts, read exactly (``Decimal``) or reported;
- :mod:`~wlga_analysis.text.sentences`: one sentence splitter;
- :mod:`~wlga_analysis.text.tense`: the tense of a clause (has it happened yet?);
- :mod:`~wlga_analysis.text.lazy`: regular expressions compiled on first use;
- :mod:`~wlga_analysis.text.phrase_starts`: where a timing phrase can start (a
  case-insensitive pattern tried only there).

Every regular expression here runs in time linear in its input: no two adjacent
quantifiers over the same characters, no overlapping alternations under a repeat.

Examples
--------
>>> from wlga_analysis.text import money, sentences
>>> money.parse_money("grant funding of £800,000.75").value
Decimal('800000.75')
>>> sentences.split_sentences("It was done. The next starts in Q3.")
['It was done.', 'The next starts in Q3.']
"""
