#pragma once

#include "ticket.h"

#include <cstddef>
#include <iterator>
#include <vector>

namespace novbe {

class TicketTable;

// Today's tickets in issue order, by reference: valid until the next change.
class TicketList
{
public:
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Ticket;
        using difference_type = std::ptrdiff_t;
        using pointer = const Ticket *;
        using reference = const Ticket &;
        const_iterator(const TicketList *list, size_t i) : m_list(list), m_i(i) {}
        reference operator*() const { return (*m_list)[m_i]; }
        pointer operator->() const { return &(*m_list)[m_i]; }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator old = *this;
            ++m_i;
            return old;
        }
        bool operator==(const const_iterator &o) const { return m_i == o.m_i; }
        bool operator!=(const const_iterator &o) const { return m_i != o.m_i; }

    private:
        const TicketList *m_list;
        size_t m_i;
    };

    explicit TicketList(const TicketTable &table) : m_table(&table) {}
    size_t size() const;
    bool empty() const { return size() == 0; }
    const Ticket &operator[](size_t i) const;
    const Ticket &front() const { return (*this)[0]; }
    const Ticket &back() const { return (*this)[size() - 1]; }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }
    // A copy of every ticket (for callers that keep them past the next change).
    std::vector<Ticket> copy() const { return {begin(), end()}; }

private:
    const TicketTable *m_table;
};

} // namespace novbe
